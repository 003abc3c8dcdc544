//! The hand-written wordings, one table per part of the note.
//!
//! Every table has several wordings for each tone so that "another wording"
//! and two notes to the same company read differently. Wordings use only the
//! `{placeholders}` their table declares; the tests in this module check
//! that, and that the composer's own words never trip the checker (no proper
//! nouns of its own, no never-write phrases, a keep-in-mind cue in every ask).
//! Straight apostrophes keep the text identical whatever keyboard edits it.

use crate::domain::model::{Stage, Tone};

/// The wordings of one part, by tone, and the placeholders they may use.
pub(crate) struct Table {
    pub vars: &'static [&'static str],
    /// Warm, Formal, Concise.
    pub tones: [Wordings; 3],
}

/// One part's wordings in one tone, kept as one `|`-separated string: a
/// list of `&str` would add a pointer and a length per wording to the
/// WebAssembly, and those compress far worse than the words.
#[derive(Clone, Copy)]
pub(crate) struct Wordings(&'static str);

impl Wordings {
    pub fn count(self) -> usize {
        self.0.bytes().filter(|&b| b == b'|').count() + 1
    }

    /// The wording at `index`, which must be below [`Wordings::count`].
    pub fn get(self, index: usize) -> &'static str {
        self.iter().nth(index).unwrap_or_default()
    }

    pub fn iter(self) -> std::str::Split<'static, char> {
        self.0.split('|')
    }
}

impl IntoIterator for Wordings {
    type Item = &'static str;
    type IntoIter = std::str::Split<'static, char>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// [`Wordings`] from string literals, joined at compile time; a wording
/// holding a `|` does not compile.
macro_rules! wordings {
    ($first:literal $(, $rest:literal)* $(,)?) => {{
        const { assert!(no_bar($first), "a wording may not hold a |") };
        $(const { assert!(no_bar($rest), "a wording may not hold a |") };)*
        Wordings(concat!($first $(, "|", $rest)*))
    }};
}

const fn no_bar(wording: &str) -> bool {
    let bytes = wording.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'|' {
            return false;
        }
        i += 1;
    }
    true
}

impl Table {
    pub fn for_tone(&self, tone: Tone) -> Wordings {
        match tone {
            Tone::Warm => self.tones[0],
            Tone::Formal => self.tones[1],
            Tone::Concise => self.tones[2],
        }
    }
}

/// What the thanks is for, by stage ("and for {x}"); tone-neutral.
///
/// Every phrase is a noun phrase, so it reads in every frame: "Thank you
/// for {x}", "I am grateful for {x}" and "Please accept my thanks for {x}"
/// (a gerund such as "seeing me through" would lose its subject in the
/// last two). `told` picks what the person who brought the news did (saw
/// the user through the process); the others are thanked for their own
/// part, the time they gave in the interviews.
pub(crate) fn stage_thanks(stage: Stage, told: bool) -> &'static [&'static str] {
    match (stage, told) {
        (Stage::ApplicationOnly, _) => &[
            "the care you took over my application",
            "the time you spent on my application",
        ],
        // Not "our conversation" or "the time you took to speak with me",
        // which a note after their call hears as that call.
        (Stage::PhoneScreen, _) => &[
            "the time you gave me at the screening stage",
            "the chance to speak with you",
            "your interest in my application",
        ],
        (Stage::Interview, true) => &[
            "the time you gave me during the interview process",
            "your time and consideration during my interview",
        ],
        (Stage::Interview, false) => &[
            "the time you gave me in the interview",
            "our conversation during the interview",
            "your questions and your time",
            "the thought you put into my interview",
            "the welcome you gave me at the interview",
            "the care you took over my interview",
            "the kindness you showed me",
        ],
        (Stage::FinalRound, true) => &[
            "the time you and the team gave me through the final round",
            "your time and consideration through to the final round",
        ],
        (Stage::FinalRound, false) => &[
            "the time you gave me in the final round",
            "our conversation during the final round",
            "your questions and your time in the final round",
            "the chance to meet you in the final round",
            "the thought you put into the final round",
            "the welcome you gave me at the final round",
            "your part in the final round",
            "the interest you showed in my work",
            "the care you took over the final round",
            "the kindness you showed me",
        ],
        (Stage::RunnerUp, true) => &[
            "the time and care you and the team gave me throughout the process",
            "the care you took with my application from start to finish",
        ],
        (Stage::RunnerUp, false) => &[
            "the time you gave me in the interviews",
            "our conversations during the process",
            "your questions and your time in the interviews",
            "the chance to meet you",
            "the thought you put into my interviews",
            "the welcome you gave me",
            "your part in my interviews",
            "the interest you showed in my work",
            "the care you took over my interviews",
            "the kindness you showed me",
        ],
        (Stage::Internal, true) => &[
            "the time and consideration you gave my application",
            "the care you took with the process",
        ],
        (Stage::Internal, false) => &[
            "the time you gave me in the interview",
            "our conversation during the interview",
            "your questions and your time",
            "the care you took over my interview",
            "the thought you put into my interview",
        ],
        (Stage::RoleCancelled, true) => &[
            "your openness with me",
            "the time you gave me along the way",
            "your kindness throughout",
        ],
        // Someone who only interviewed the user saw none of the way.
        (Stage::RoleCancelled, false) => &[
            "your questions and your time",
            "your time in the interview",
            "our conversation",
        ],
    }
}

/// The same for an agency recruiter, who put the user forward.
pub(crate) const AGENCY_THANKS: &[&str] = &[
    "your work in putting me forward",
    "the care you took in representing me",
];

/// The same for an in-house recruiter who ran an interview process: what
/// they did was the process, not the interviews.
pub(crate) const RECRUITER_THANKS: &[&str] = &[
    "your help along the way",
    "the time and care you gave my application",
    "the way you kept me informed throughout",
];

/// A short stage phrase for the LinkedIn invitation, free of placeholders so
/// the minimal invitation always fits; a noun phrase, as in [`stage_thanks`],
/// and without "time", which one opening already says.
pub(crate) fn stage_thanks_short(stage: Stage, agency: bool, told: bool) -> &'static str {
    if agency {
        return "your work on my behalf";
    }
    match stage {
        // Someone who only interviewed the user is thanked for that.
        Stage::FinalRound | Stage::RunnerUp | Stage::Internal if !told => "our conversation",
        Stage::ApplicationOnly => "your consideration",
        Stage::PhoneScreen => "our call",
        Stage::Interview => "our interview",
        Stage::FinalRound => "our final-round conversations",
        Stage::RunnerUp => "your consideration throughout",
        Stage::Internal => "your consideration",
        Stage::RoleCancelled => "your openness",
    }
}

/// What else an invitation thanks someone who only interviewed the user
/// for, after [`stage_thanks_short`], so colleagues who compare their
/// invitations are each thanked for their own part.
pub(crate) const MET_THANKS_SHORT: &[&str] = &[
    "the interest you showed in my work",
    "the welcome you gave me",
    "the time you gave me",
];

pub(crate) const THANKS: Table = Table {
    vars: &["x"],
    tones: [
        wordings![
            "Thank you for letting me know the outcome, and for {x}.",
            "Thanks so much for the update, and for {x}.",
            "Thank you for telling me yourself, and for {x}.",
            "I wanted to say thank you for the update, and for {x}.",
        ],
        wordings![
            "Thank you for informing me of the outcome, and for {x}.",
            "Thank you for your message, and for {x}.",
            "I am grateful for the update, and I thank you for {x}.",
            "Please accept my thanks for the update, and for {x}.",
        ],
        wordings![
            "Thanks for letting me know, and for {x}.",
            "Thank you for the update and for {x}.",
            "Thanks for the news, and for {x}.",
            "Many thanks for telling me, and for {x}.",
        ],
    ],
};

/// [`THANKS`] when the role was cancelled or put on hold: there is no
/// outcome about the user, only news of where things stand.
pub(crate) const THANKS_CANCELLED: Table = Table {
    vars: &["x"],
    tones: [
        wordings![
            "Thank you for letting me know where things stand, and for {x}.",
            "Thanks so much for the update, and for {x}.",
            "Thank you for keeping me in the loop, and for {x}.",
        ],
        wordings![
            "Thank you for informing me of the situation, and for {x}.",
            "Thank you for your message, and for {x}.",
            "I am grateful for the update, and I thank you for {x}.",
        ],
        wordings![
            "Thanks for the update, and for {x}.",
            "Thank you for keeping me posted, and for {x}.",
            "Many thanks for letting me know, and for {x}.",
        ],
    ],
};

/// The opening for someone who did not bring the news (an interviewer, a
/// panel member): thanks for their time only, never "for letting me know".
pub(crate) const THANKS_MET: Table = Table {
    vars: &["x"],
    tones: [
        wordings![
            "Thank you so much for {x}.",
            "I wanted to say thank you for {x}.",
            "I'm so grateful for {x}.",
            "I wanted to thank you personally for {x}.",
            "Many thanks for {x}.",
            "Sincere thanks for {x}.",
            "I really appreciated {x}.",
            "Thanks so much for {x}.",
            "Thank you for {x}.",
            "A big thank you for {x}.",
            "Heartfelt thanks for {x}.",
        ],
        wordings![
            "Thank you for {x}.",
            "I am grateful for {x}.",
            "Please accept my thanks for {x}.",
            "I would like to thank you for {x}.",
            "My sincere thanks for {x}.",
            "I am most grateful for {x}.",
        ],
        wordings![
            "Thanks for {x}.",
            "Thank you for {x}.",
            "Many thanks for {x}.",
            "Thanks very much for {x}.",
        ],
    ],
};

/// The opening of the phone script, said on the call itself.
pub(crate) const THANKS_CALL: Table = Table {
    vars: &["x", "name_voc"],
    tones: [
        wordings![
            "Thank you again for calling to let me know{name_voc}, and for {x}.",
            "I really appreciated you telling me yourself{name_voc}, and thank you for {x}.",
            "Thanks for your call the other day{name_voc}, and for {x}.",
            "It was kind of you to call me{name_voc}. Thank you for {x}.",
        ],
        wordings![
            "Thank you for calling to let me know{name_voc}, and for {x}.",
            "I appreciated you telling me personally{name_voc}, and thank you for {x}.",
            "Thank you for calling me yourself{name_voc}, and for {x}.",
            "It was good of you to call me{name_voc}. Thank you for {x}.",
        ],
        wordings![
            "Thanks for your call{name_voc}, and for {x}.",
            "Thank you for letting me know{name_voc}, and for {x}.",
            "Thanks for telling me yourself{name_voc}, and for {x}.",
            "I appreciated the call{name_voc}, and thank you for {x}.",
        ],
    ],
};

/// The opening of a LinkedIn invitation: short and placeholder-free but for
/// the short stage phrase, so the minimal invitation always fits.
pub(crate) const INVITE_THANKS: Table = Table {
    vars: &["xs"],
    tones: [
        wordings![
            "Thank you for letting me know, and for {xs}.",
            "Thanks so much for the update and for {xs}.",
            "Thank you for taking the time to tell me, and for {xs}.",
            "I wanted to say thank you for {xs}.",
        ],
        wordings![
            "Thank you for informing me of the outcome, and for {xs}.",
            "Thank you for your message and for {xs}.",
            "Please accept my thanks for {xs}.",
            "I thank you for {xs}.",
        ],
        wordings![
            "Thanks for letting me know, and for {xs}.",
            "Thank you for {xs}.",
            "Thanks for the update and for {xs}.",
            "Many thanks for {xs}.",
        ],
    ],
};

/// [`INVITE_THANKS`] when the role was cancelled or put on hold: news of
/// where things stand, never "the outcome".
pub(crate) const INVITE_THANKS_CANCELLED: Table = Table {
    vars: &["xs"],
    tones: [
        wordings![
            "Thank you for letting me know where things stand, and for {xs}.",
            "Thanks so much for the update and for {xs}.",
            "Thank you for keeping me in the loop, and for {xs}.",
            "I wanted to say thank you for {xs}.",
        ],
        wordings![
            "Thank you for informing me of the situation, and for {xs}.",
            "Thank you for your message and for {xs}.",
            "Please accept my thanks for {xs}.",
            "I thank you for {xs}.",
        ],
        wordings![
            "Thanks for the update, and for {xs}.",
            "Thank you for {xs}.",
            "Thanks for keeping me posted and for {xs}.",
            "Many thanks for {xs}.",
        ],
    ],
};

/// [`INVITE_THANKS`] for someone who did not bring the news. No wording is
/// shared with it, so a recipient who told and one who did not can never
/// get the same invitation.
pub(crate) const INVITE_THANKS_MET: Table = Table {
    vars: &["xs"],
    tones: [
        wordings![
            "Thank you so much for {xs}.",
            "I'm so grateful for {xs}.",
            "Thank you very much for {xs}.",
            "A big thank you for {xs}.",
        ],
        wordings![
            "I am grateful for {xs}.",
            "I would like to thank you for {xs}.",
            "My sincere thanks for {xs}.",
            "I am most grateful for {xs}.",
        ],
        wordings![
            "Thanks for {xs}.",
            "Thanks very much for {xs}.",
            "Much appreciated: thanks for {xs}.",
            "Grateful for {xs}.",
        ],
    ],
};

/// The only ask of an invitation: to connect.
/// [`INVITE_CONNECT`] with the keep-in-mind ask, for the first note to
/// the person the asks go to.
pub(crate) const INVITE_CONNECT_KEEP: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'd love to stay in touch, and to hear of future openings.",
            "It would be great to stay connected; do keep me in mind for future roles.",
            "I'd be glad to keep in touch, and to be considered for future openings.",
        ],
        wordings![
            "I would be glad to remain in touch, and to be considered for future openings.",
            "I would welcome staying connected, and hope you will keep me in mind.",
            "I hope we may stay in touch, and that you will keep me in mind for future roles.",
        ],
        wordings![
            "Let's stay in touch; do keep me in mind for future roles.",
            "I'd like to stay connected and hear of future openings.",
            "Glad to keep in touch, and to hear of future roles.",
        ],
    ],
};

pub(crate) const INVITE_CONNECT: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'd love to stay in touch here.",
            "It would be good to stay connected.",
            "I'd be glad to keep in touch.",
            "I hope we can connect here.",
            "I'd welcome the chance to connect.",
        ],
        wordings![
            "I would be glad to remain in touch.",
            "I would welcome staying connected.",
            "I hope we may stay in touch.",
        ],
        wordings![
            "Let's stay in touch.",
            "I'd like to stay connected.",
            "Glad to keep in touch here.",
        ],
    ],
};

/// [`INVITE_CONNECT`] to someone in the user's own company: connecting
/// here too, never "staying in touch", which reads as leaving.
pub(crate) const INVITE_CONNECT_COLLEAGUE: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'd be glad to connect here too.",
            "It would be good to be connected here as well.",
            "Happy to connect here too.",
        ],
        wordings![
            "I would be glad to connect here as well.",
            "I would welcome connecting here too.",
            "I hope we may connect here as well.",
            "I am glad to connect here as well.",
        ],
        wordings![
            "Glad to connect here too.",
            "Happy to connect here as well.",
            "Good to connect here too.",
        ],
    ],
};

/// [`THANKS`] when the news came by phone: the call is what is thanked
/// for, once ("thanks for the news" and "I appreciated the call" would
/// thank twice for one thing), and without "the outcome", which a
/// cancelled role does not have.
pub(crate) const PHONE_CALL: Table = Table {
    vars: &["x"],
    tones: [
        wordings![
            "Thank you for calling to let me know, and for {x}.",
            "It was kind of you to call and tell me yourself, and thank you for {x}.",
            "I really appreciated your call, and I'm grateful for {x}.",
            "Thank you for calling me yourself, and for {x}.",
        ],
        wordings![
            "Thank you for calling to let me know, and for {x}.",
            "It was considerate of you to call me personally, and I thank you for {x}.",
            "I appreciated your calling to tell me yourself, and I am grateful for {x}.",
            "Thank you for calling me in person, and for {x}.",
        ],
        wordings![
            "Thanks for calling to let me know, and for {x}.",
            "Thank you for the call, and for {x}.",
            "Thanks for telling me yourself, and for {x}.",
            "Many thanks for the call, and for {x}.",
        ],
    ],
};

pub(crate) const RUNNER_UP: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "It means a lot to hear that it was close.",
            "Knowing it was close is genuinely encouraging.",
            "Hearing that it was so close means a great deal to me.",
        ],
        wordings![
            "I was encouraged to learn that it was close.",
            "It is encouraging to know that it was so close.",
            "I appreciate you sharing that it was close.",
        ],
        wordings![
            "It was good to hear it was close.",
            "Knowing it was close is encouraging.",
            "Thanks for telling me it was close.",
        ],
    ],
};

/// [`AGAIN`] when the No came at the application: thanks for considering
/// the user again, not "it meant a great deal".
pub(crate) const AGAIN_APPLICATION: Table = Table {
    vars: &["again_role"],
    tones: [
        wordings![
            "Thank you for considering me again after {again_role}.",
            "I appreciated being considered again after {again_role}.",
        ],
        wordings![
            "Thank you for considering me once more after {again_role}.",
            "I appreciated being considered again, following {again_role}.",
        ],
        wordings![
            "Thanks for considering me again after {again_role}.",
            "Good to be considered again after {again_role}.",
        ],
    ],
};

/// A second No from the same company: said once, plainly, with no
/// reproach and no claim about the earlier process beyond its role and month.
pub(crate) const AGAIN: Table = Table {
    vars: &["again_role"],
    tones: [
        wordings![
            "It meant a lot to be considered again after {again_role}.",
            "I appreciated the chance to be considered a second time after {again_role}.",
            "Being considered again after {again_role} meant a great deal to me.",
            "It meant a lot to be in the running again after {again_role}.",
        ],
        wordings![
            "I appreciated being considered again, following {again_role}.",
            "I was glad of a second opportunity with you, following {again_role}.",
            "Being considered a second time after {again_role} meant a great deal.",
        ],
        wordings![
            "Good to be considered again after {again_role}.",
            "I appreciated being considered once more after {again_role}.",
            "Being considered again after {again_role} meant a lot.",
        ],
    ],
};

pub(crate) const ACCEPT: Table = Table {
    vars: &["the_role"],
    tones: [
        wordings![
            "I'm disappointed not to be moving forward with {the_role}, but I understand and respect the decision.",
            "Of course I'd hoped for better news about {the_role}, but I understand the decision.",
            "It isn't the news I'd hoped for about {the_role}, but I respect the decision completely.",
            "I'd hoped for a different answer on {the_role}, but I accept the decision.",
            "I'm sorry it wasn't to be with {the_role}, and I respect the decision.",
        ],
        wordings![
            "While I am disappointed not to be moving forward with {the_role}, I fully respect the decision.",
            "Although I had hoped for better news regarding {the_role}, I understand and respect the decision.",
            "I respect the decision on {the_role}, and I appreciate your consideration.",
            "I fully understand the decision on {the_role}.",
            "I had hoped otherwise regarding {the_role}, but I fully accept the decision.",
        ],
        wordings![
            "I'm sorry not to be moving forward with {the_role}, but I understand.",
            "Not the outcome I'd hoped for with {the_role}, but I respect the decision.",
            "I understand the decision on {the_role} and respect it.",
        ],
    ],
};

/// Acceptance when the role was cancelled or put on hold: no decision about
/// the user to accept, and nothing to press for.
pub(crate) const ACCEPT_CANCELLED: Table = Table {
    vars: &["the_role"],
    tones: [
        wordings![
            "I completely understand that plans for {the_role} can change.",
            "I understand that things have changed with {the_role}.",
            "It makes sense that plans for {the_role} have shifted, and I understand completely.",
        ],
        wordings![
            "I fully understand that plans for {the_role} have changed.",
            "I understand that circumstances around {the_role} have changed.",
            "I appreciate that decisions about {the_role} depend on many factors.",
        ],
        wordings![
            "I understand that plans for {the_role} have changed.",
            "Plans for {the_role} have changed, and I understand.",
            "I understand the change of plans for {the_role}.",
        ],
    ],
};

/// An internal candidate's support for the colleague chosen.
pub(crate) const SUPPORT_COLLEAGUE: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'm glad to support my colleague however I can.",
            "I'll gladly support the colleague taking this on, and I hope the transition goes smoothly.",
            "My colleague has my wholehearted support.",
            "My colleague can count on my support.",
            "I'm fully behind my colleague.",
            "My colleague will have my support throughout.",
        ],
        wordings![
            "I will gladly support my colleague in any way I can.",
            "I am happy to support the transition and my colleague.",
            "Please know that my colleague has my full support.",
            "My colleague can count on my full support.",
            "I shall give my colleague every support.",
        ],
        wordings![
            "My colleague has my full support.",
            "I'm glad to support my colleague.",
            "I'll support my colleague however I can.",
        ],
    ],
};

/// A detail the person gave the user ("your note about the timetable",
/// "coaching me before the test"): appreciated, never "enjoyed". The detail
/// is never the subject of "was", which a plural would break.
pub(crate) const DETAIL_GIFT: Table = Table {
    vars: &["detail", "detail_up"],
    tones: [
        wordings![
            "I really appreciated {detail}.",
            "I'm grateful for {detail}.",
            "I really valued {detail}.",
        ],
        wordings![
            "I particularly appreciated {detail}.",
            "I especially valued {detail}.",
            "I am grateful for {detail}.",
        ],
        wordings![
            "I appreciated {detail}.",
            "I valued {detail}.",
            "I'm grateful for {detail}.",
        ],
    ],
};

/// Something the person did for the user, typed as a gerund ("coaching me
/// before the case study"): the person is its subject, so the frame names
/// them ("you coaching me", never "I appreciated coaching me").
pub(crate) const DETAIL_GIFT_DOING: Table = Table {
    vars: &["detail"],
    tones: [
        wordings![
            "It was kind of you to spend time {detail}.",
            "I really appreciated you {detail}.",
            "I'm grateful to you for {detail}.",
        ],
        wordings![
            "It was generous of you to spend time {detail}.",
            "I greatly appreciated you {detail}.",
            "I am grateful to you for {detail}.",
        ],
        wordings![
            "Kind of you to spend time {detail}.",
            "I appreciated you {detail}.",
            "I'm grateful to you for {detail}.",
        ],
    ],
};

/// A detail the user took part in ("touring the workshop", "our chat
/// about rotas"): enjoyed, remembered. Never the subject of a verb: "the
/// site visits was a highlight" if it is plural.
pub(crate) const DETAIL_DONE: Table = Table {
    vars: &["detail", "detail_up"],
    tones: [
        wordings![
            "I especially enjoyed {detail}.",
            "I really enjoyed {detail}.",
            "One highlight for me was {detail}.",
        ],
        wordings![
            "I particularly valued {detail}.",
            "A highlight of the process for me was {detail}.",
            "I greatly enjoyed {detail}.",
        ],
        wordings![
            "I enjoyed {detail}.",
            "A highlight was {detail}.",
            "I liked {detail}.",
        ],
    ],
};

/// A subject talked about ("the leakage targets", "how the survey is
/// run"): heard about, never "enjoyed" or "found valuable" as if used.
/// Nor enjoyed as a talk: the subject may be a sad one ("your safety
/// stand-down last winter"), which the composer cannot tell.
pub(crate) const DETAIL_TOPIC: Table = Table {
    vars: &["detail"],
    tones: [
        wordings![
            "I appreciated hearing about {detail}.",
            "Our conversation about {detail} has stayed with me.",
            "I've kept thinking about {detail}.",
            "I was glad to hear about {detail}.",
        ],
        wordings![
            "I particularly valued hearing about {detail}.",
            "Our discussion of {detail} has stayed with me.",
            "I found our conversation about {detail} especially interesting.",
            "I was glad of the chance to discuss {detail}.",
        ],
        wordings![
            "I appreciated hearing about {detail}.",
            "Our talk about {detail} stayed with me.",
            "What you said about {detail} stayed with me.",
            "Thanks for telling me about {detail}.",
        ],
    ],
};

/// A subject typed as a gerund ("pitching the documentary slate"): talked
/// about together, since "hearing about pitching …" leaves unsaid who did it.
pub(crate) const DETAIL_TALKED: Table = Table {
    vars: &["detail"],
    tones: [
        wordings![
            "I appreciated our conversation about {detail}.",
            "Our talk about {detail} has stayed with me.",
            "I'm still thinking about our discussion of {detail}.",
        ],
        wordings![
            "I particularly valued our conversation about {detail}.",
            "Our discussion of {detail} has stayed with me.",
            "I found our exchange about {detail} especially interesting.",
        ],
        wordings![
            "I appreciated our talk about {detail}.",
            "Our chat about {detail} stayed with me.",
            "It was good to discuss {detail}.",
        ],
    ],
};

/// A subject typed as a "how" or "what" clause ("how the survey is run"):
/// heard, without a second "about".
pub(crate) const DETAIL_HEARD: Table = Table {
    vars: &["detail"],
    tones: [
        wordings![
            "I appreciated hearing {detail}.",
            "I found it really interesting to hear {detail}.",
            "I valued hearing {detail}.",
        ],
        wordings![
            "I particularly valued hearing {detail}.",
            "I found it especially interesting to hear {detail}.",
            "I was most interested to hear {detail}.",
        ],
        wordings![
            "I appreciated hearing {detail}.",
            "It was good to hear {detail}.",
            "It was interesting to hear {detail}.",
        ],
    ],
};

/// A subject when no conversation took place (an application only).
pub(crate) const DETAIL_TOPIC_UNMET: Table = Table {
    vars: &["detail", "detail_up"],
    tones: [
        wordings![
            "I was especially drawn to {detail}.",
            "{detail_up} stood out to me in particular.",
            "I was especially interested in {detail}.",
        ],
        wordings![
            "I was particularly drawn to {detail}.",
            "{detail_up} stood out to me in particular.",
            "I was particularly interested in {detail}.",
        ],
        wordings![
            "I was drawn to {detail}.",
            "{detail_up} stood out to me.",
            "The role's focus on {detail} caught my eye.",
        ],
    ],
};

/// The detail when the user wrote it as a whole sentence ("We talked about
/// hiring"): their sentence, joined where it can be to a short reaction of
/// the note's own that names nothing it could misread, so it does not
/// stand bare among short sentences.
pub(crate) const DETAIL_CLAUSE: Table = Table {
    vars: &["detail_said", "detail_joined"],
    tones: [
        wordings![
            "{detail_joined}, and I've thought about it since.",
            "{detail_said} It was a highlight of the process for me.",
            "{detail_joined}, and that conversation has stayed with me.",
        ],
        wordings![
            "{detail_joined}, and I have reflected on it since.",
            "{detail_said} It was a highlight of the process for me.",
            "{detail_joined}, and that conversation has remained with me.",
        ],
        wordings![
            "{detail_joined}, and I've thought about it since.",
            "{detail_said} It was a highlight for me.",
            "{detail_joined}, and that stayed with me.",
        ],
    ],
};

/// A sentence about what the person did ("You spent ages on my business
/// case", "You said the rota fills up in March"): thanked for, the one
/// reaction that fits help, time and a word of advice alike.
pub(crate) const DETAIL_YOU_DID: Table = Table {
    vars: &["detail_said", "detail_joined"],
    tones: [
        wordings![
            "{detail_joined}, and I'm grateful for that.",
            "{detail_joined}, which I really appreciated.",
            "{detail_joined}, and I appreciated that a great deal.",
        ],
        wordings![
            "{detail_joined}, and I am grateful for that.",
            "{detail_joined}, which I appreciated very much.",
            "{detail_joined}, for which I am most grateful.",
        ],
        wordings![
            "{detail_joined}, which I appreciated.",
            "{detail_joined}, and I'm grateful.",
            "{detail_joined}, and I'm grateful for it.",
        ],
    ],
};

/// What the person said, told back as a thanks for mentioning it ("You
/// said the rota fills up in March" is "Thank you for mentioning the rota
/// fills up in March"), not played back to them as their words.
pub(crate) const DETAIL_MENTIONED: Table = Table {
    vars: &["mentioned"],
    tones: [
        wordings![
            "Thank you for mentioning {mentioned}; that was really useful to know.",
            "It was kind of you to mention {mentioned}.",
            "I appreciated you mentioning {mentioned}.",
        ],
        wordings![
            "I appreciated you mentioning {mentioned}.",
            "It was kind of you to mention {mentioned}.",
            "Thank you for mentioning {mentioned}; it was most helpful.",
        ],
        wordings![
            "Thanks for mentioning {mentioned}.",
            "Good of you to mention {mentioned}.",
        ],
    ],
};

/// A sentence about what the person said ("You said the rota fills up in
/// March"): worth knowing, in one sentence with it.
pub(crate) const DETAIL_YOU_SAID: Table = Table {
    vars: &["detail_joined"],
    tones: [
        wordings![
            "{detail_joined}, which was really useful to know.",
            "{detail_joined}, and that was so helpful to know.",
            "{detail_joined}, which is good to know.",
        ],
        wordings![
            "{detail_joined}, which was most useful to know.",
            "{detail_joined}, and I am grateful to know it.",
            "{detail_joined}, which was most helpful.",
        ],
        wordings![
            "{detail_joined}, which was useful to know.",
            "{detail_joined}, which was good to know.",
            "{detail_joined}, which is useful to know.",
        ],
    ],
};

/// An honestly general detail, for stages where a conversation took place
/// and the user gave no specific one.
pub(crate) const GENERAL_DETAIL: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I really enjoyed getting to know the team and the work.",
            "It was a pleasure to learn more about the work you're doing.",
            "It was a real pleasure to talk with you.",
            "It was good to hear more about how the team works.",
        ],
        wordings![
            "I valued the opportunity to learn more about the team and its work.",
            "It was a pleasure to learn more about your work.",
            "I appreciated the chance to understand the team's priorities.",
            "I much enjoyed our conversation.",
            "It was a pleasure to hear about the team's priorities.",
        ],
        wordings![
            "I enjoyed learning about the team.",
            "It was good to learn more about the work.",
            "I enjoyed talking with you.",
        ],
    ],
};

/// A card or LinkedIn message after the note that asked to be kept in
/// mind: the hope to stay in touch, not the ask again.
pub(crate) const IN_TOUCH: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I hope our paths cross again one day.",
            "It would be lovely to stay in touch.",
            "Let's stay in touch.",
            "I'd love to stay in contact.",
            "I hope we keep in touch.",
            "Do keep in touch.",
        ],
        wordings![
            "I hope our paths will cross again.",
            "I would be glad to remain in touch.",
            "I would welcome hearing from you at any time.",
            "It would be a pleasure to stay in contact.",
            "I do hope we will remain in contact.",
        ],
        wordings![
            "Let's keep in touch.",
            "I hope our paths cross again in future.",
            "Happy to stay in touch any time.",
            "Glad to stay in touch.",
        ],
    ],
};

/// [`INTEREST`] said aloud on a call: plain words, none of a letter's
/// ("my enthusiasm hasn't dimmed").
pub(crate) const INTEREST_SPOKEN: Table = Table {
    vars: &["company"],
    tones: [
        wordings![
            "I'm still really keen on {company}.",
            "I'm still very interested in {company}.",
            "I'd still love to work at {company}.",
        ],
        wordings![
            "I remain very interested in {company}.",
            "I am still very keen on {company}.",
            "I am still very interested in {company}.",
        ],
        wordings![
            "I'm still keen on {company}.",
            "I remain interested in {company}.",
            "I'm still interested in {company}.",
        ],
    ],
};

pub(crate) const INTEREST: Table = Table {
    vars: &["company"],
    tones: [
        wordings![
            "I'm still very interested in {company}.",
            "My interest in {company} is as strong as ever.",
            "I remain very keen on {company}.",
            "I'm as keen on {company} as ever.",
            "My enthusiasm for {company} hasn't dimmed.",
            "I'm still really keen on {company}.",
            "I remain as interested in {company} as I was at the start.",
            "{company} remains high on my list.",
            "My interest in {company} hasn't wavered.",
            "I'm still keen to work at {company}.",
            "I'm as keen as ever to join {company}.",
            "{company} is still somewhere I'd love to work.",
            "I'd love to be part of {company} in the future.",
        ],
        wordings![
            "I remain very interested in {company}.",
            "My interest in {company} is undiminished.",
            "I continue to hold {company} in high regard.",
            "My enthusiasm for {company} is undiminished.",
            "I remain keenly interested in {company}.",
            "My interest in {company} remains as strong as ever.",
            "I am every bit as interested in {company} as before.",
            "My regard for {company} is as high as ever.",
            "I continue to be very interested in {company}.",
            "I hold {company} in the same high regard as ever.",
            "Nothing has altered my high regard for {company}.",
        ],
        wordings![
            "I'm still keen on {company}.",
            "My interest in {company} hasn't changed.",
            "I remain interested in {company}.",
            "I'm as interested in {company} as ever.",
            "I'm still very much interested in {company}.",
        ],
    ],
};

/// What the user admires (a noun phrase), beside their interest. Admired,
/// never "long admired": the user did not say for how long.
pub(crate) const INTEREST_ADMIRE: Table = Table {
    vars: &["company", "admire"],
    tones: [
        wordings![
            "I'm still very interested in {company}; I especially admire {admire}.",
            "I admire {admire}, and I'm still very keen on {company}.",
            "My interest in {company} hasn't changed, not least because of {admire}.",
        ],
        wordings![
            "I remain very interested in {company}, and I particularly admire {admire}.",
            "I admire {admire}, and my interest in {company} remains strong.",
            "My regard for {company} is unchanged, not least because of {admire}.",
        ],
        wordings![
            "I admire {admire}, and I'm still keen on {company}.",
            "I'm still keen on {company}; I admire {admire}.",
            "My interest in {company} stands; I admire {admire}.",
        ],
    ],
};

/// [`INTEREST_ADMIRE`] when what the user admires is a gerund about the
/// company's work ("supporting open source").
pub(crate) const INTEREST_ADMIRE_GERUND: Table = Table {
    vars: &["company", "admire"],
    tones: [
        wordings![
            "I admire your work on {admire}, and I'm still very interested in {company}.",
            "I'm still very keen on {company}, not least because of your work on {admire}.",
            "My interest in {company} hasn't changed; I especially admire your work on {admire}.",
        ],
        wordings![
            "I admire your work on {admire}, and my interest in {company} remains strong.",
            "My interest in {company} is undiminished, particularly given your work on {admire}.",
            "My regard for {company} is unchanged; I particularly admire your commitment to {admire}.",
        ],
        wordings![
            "I admire your work on {admire}, and I'm keen on {company}.",
            "I'm still keen on {company}, especially given your work on {admire}.",
            "My interest in {company} stands; I admire your work on {admire}.",
        ],
    ],
};

/// [`INTEREST_ADMIRE`] when the user wrote what they admire as a sentence
/// ("I love how you support open source").
pub(crate) const INTEREST_ADMIRE_CLAUSE: Table = Table {
    vars: &["company", "admire_said"],
    tones: [
        wordings![
            "{admire_said} I'm still very interested in {company}.",
            "{admire_said} My interest in {company} hasn't changed.",
            "{admire_said} I remain very keen on {company}.",
        ],
        wordings![
            "{admire_said} My interest in {company} remains strong.",
            "{admire_said} I remain very interested in {company}.",
            "{admire_said} My regard for {company} is unchanged.",
        ],
        wordings![
            "{admire_said} I'm still keen on {company}.",
            "{admire_said} My interest in {company} stands.",
            "{admire_said} I remain keen on {company}.",
        ],
    ],
};

/// An internal candidate's continued commitment (the company is their own).
pub(crate) const COMMITMENT: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'm as committed as ever to the team and to the work we do.",
            "I remain fully committed to the team and its work.",
            "I care a lot about the team, and my commitment is as strong as ever.",
            "I'm still fully committed to everything the team is working on.",
            "My commitment to the team hasn't changed one bit.",
            "My commitment to the team and what we're building hasn't wavered.",
            "I believe in what we're doing here as much as ever.",
            "I'm excited about where the team is heading.",
            "I'm proud to be part of this team.",
            "The team's success matters a lot to me.",
        ],
        wordings![
            "I remain fully committed to my role and to the team.",
            "My commitment to the team and its goals is unchanged.",
            "I continue to be fully committed to the team.",
            "I remain as committed as ever to the team and its work.",
            "My commitment to the team remains undiminished.",
            "I remain wholly committed to the work of the team.",
            "I remain excited about where the team is heading.",
            "I continue to believe strongly in what we do here.",
            "I am proud to be part of this team.",
            "The team's success matters a great deal to me.",
        ],
        wordings![
            "I'm still fully committed to the team.",
            "My commitment to the team hasn't changed.",
            "I remain committed to the team and our goals.",
            "I'm fully committed to the team, as ever.",
            "I'm as committed as ever to the team.",
            "I'm as invested as ever in what we do.",
            "Proud to be part of this team.",
        ],
    ],
};

/// The user's strengths, offered to the person's side of the table ("to your
/// team", "to one of your clients") in a clause that fits their shape
/// (`frames::offer`): a hope to contribute, never a case argued for the
/// role just filled.
pub(crate) const VALUE: Table = Table {
    vars: &["offer"],
    tones: [
        wordings![
            "I'd be glad to {offer} one day.",
            "I'd love the chance to {offer} someday.",
            "I'd welcome the chance to {offer}.",
        ],
        wordings![
            "I would welcome the chance to {offer} one day.",
            "I would be glad to {offer} at some point.",
            "I would value the opportunity to {offer}.",
            "I hope one day to {offer}.",
        ],
        wordings![
            "I'd be glad to {offer} one day.",
            "I'd like to {offer} someday.",
            "I'd welcome the chance to {offer}.",
        ],
    ],
};

/// [`VALUE`] for an internal candidate, who already works there: taking
/// their work further, not bringing it "one day".
pub(crate) const VALUE_INTERNAL: Table = Table {
    vars: &["strengths"],
    tones: [
        wordings![
            "I'd be glad to put my experience in {strengths} to wider use.",
            "I'd love to take my work in {strengths} further here.",
        ],
        wordings![
            "I would welcome the chance to put my experience in {strengths} to wider use.",
            "I hope to take my work in {strengths} further here.",
        ],
        wordings![
            "I'd like to take my work in {strengths} further.",
            "I'd like to put my {strengths} experience to wider use.",
        ],
    ],
};

/// [`VALUE`] when a strength is written as a sentence ("I led a team of
/// 12"): the user's sentences, then the hope to put them to use.
pub(crate) const VALUE_CLAUSE: Table = Table {
    vars: &["strengths_said", "target"],
    tones: [
        wordings![
            "{strengths_said} I'd be glad to bring that to {target} one day.",
            "{strengths_said} I'd love the chance to put that to use for {target}.",
            "{strengths_said} I'd welcome the chance to bring that to {target}.",
        ],
        wordings![
            "{strengths_said} I would welcome the chance to bring that experience to {target}.",
            "{strengths_said} I would be glad to put that experience to use for {target}.",
            "{strengths_said} I would value the chance to bring that experience to {target}.",
            "{strengths_said} I hope one day to bring that experience to {target}.",
        ],
        wordings![
            "{strengths_said} I'd be glad to bring that to {target}.",
            "{strengths_said} I'd like to put that to use for {target}.",
            "{strengths_said} I'd welcome the chance to bring that to {target}.",
        ],
    ],
};

/// An honestly general line of value, when the user named no strengths.
/// It follows the line naming the company, so it does not name it again.
pub(crate) const GENERAL_VALUE: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'd still welcome the chance to contribute there.",
            "I'd love to contribute there one day.",
            "I'd welcome the chance to contribute there someday.",
        ],
        wordings![
            "I would welcome the opportunity to contribute there.",
            "I would be glad to contribute there one day.",
            "I would value the chance to contribute there.",
            "I hope one day to contribute there.",
        ],
        wordings![
            "I'd still like to contribute there.",
            "I'd be glad to contribute there one day.",
            "I'd welcome the chance to contribute there.",
        ],
    ],
};

/// Entry level: what they will keep doing before the next cycle. Never
/// what the process taught them: that would be a claim they did not make.
pub(crate) const LEARNING: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'll keep building my skills for the next opening.",
            "I'll keep growing my skills, ready for the next opening.",
            "I'll keep developing my skills in the months ahead.",
        ],
        wordings![
            "I will continue developing my skills in the months ahead.",
            "I will keep building my skills for the next opening.",
            "I intend to keep developing my skills for the next opening.",
        ],
        wordings![
            "I'll keep building my skills.",
            "I'll keep growing my skills.",
            "I'll keep developing my skills.",
        ],
    ],
};

/// Keep me in mind for this role: the first choice may decline, or
/// circumstances change. Never about the new hire leaving.
pub(crate) const ASK_THIS_ROLE: Table = Table {
    vars: &["the_role"],
    tones: [
        wordings![
            "If anything changes with {the_role}, I'd be glad to talk again.",
            "Should circumstances change, I'd love to pick up the conversation about {the_role}.",
            "If things change on your side, please keep me in mind for {the_role}.",
        ],
        wordings![
            "Should circumstances change, I would welcome the opportunity to be considered for {the_role} again.",
            "If circumstances change regarding {the_role}, I would be glad to resume our conversation.",
            "Please keep me in mind for {the_role} should anything change.",
        ],
        wordings![
            "If anything changes with {the_role}, I'm still interested.",
            "Please keep me in mind for {the_role} if circumstances change.",
            "If things change, I'd be glad to talk about {the_role} again.",
        ],
    ],
};

pub(crate) const ASK_RELATED: Table = Table {
    vars: &["related_target", "ask_at_company"],
    tones: [
        wordings![
            "Please keep me in mind for {related_target}{ask_at_company}.",
            "I'd love to be considered for {related_target}{ask_at_company} in the future.",
            "I'd be glad to hear from you about {related_target}{ask_at_company}.",
        ],
        wordings![
            "I would be grateful to be considered for {related_target}{ask_at_company}.",
            "Please keep me in mind for {related_target}{ask_at_company}.",
            "I would be glad to hear from you regarding {related_target}{ask_at_company}.",
            "Please do consider me for {related_target}{ask_at_company}.",
        ],
        wordings![
            "Please keep me in mind for {related_target}.",
            "I'd welcome being considered for {related_target}{ask_at_company}.",
            "I'd be happy to hear from you about {related_target}.",
        ],
    ],
};

pub(crate) const ASK_FUTURE: Table = Table {
    vars: &["ask_at_company"],
    tones: [
        wordings![
            "Please keep me in mind for future openings{ask_at_company}.",
            "I'd love to be considered for future roles{ask_at_company}.",
            "If another opening comes up that fits, I'd be glad to hear from you.",
            "Do think of me if a similar role opens up{ask_at_company}.",
            "I'd be glad to be considered for future openings{ask_at_company}.",
            "I hope you'll think of me when the next opening comes up{ask_at_company}.",
            "I'd be delighted to hear of any future openings{ask_at_company}.",
        ],
        wordings![
            "I would be grateful if you would keep me in mind for future opportunities{ask_at_company}.",
            "I would welcome being considered for future openings{ask_at_company}.",
            "Should a suitable opening arise, I would be glad to hear from you.",
            "Please do consider me for future openings{ask_at_company}.",
            "I would be pleased to be considered should a suitable role arise.",
            "Please do keep me in mind for future opportunities{ask_at_company}.",
        ],
        wordings![
            "Please keep me in mind for future openings.",
            "I'd welcome being considered for future roles{ask_at_company}.",
            "If a fitting role opens up, I'd be glad to hear from you.",
        ],
    ],
};

/// An executive's ask of whoever decides, when a search partner brought
/// the news and carries the asks: "keep me in mind for future openings"
/// reads junior to a chair after a final round; what matters is the
/// chosen candidate falling through.
pub(crate) const ASK_DECIDER_EXECUTIVE: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "Should your plans change, my interest stands.",
            "If the position opens again, I'd welcome a conversation.",
            "My interest stands, should things change on your side.",
        ],
        wordings![
            "Should your plans change, my interest stands.",
            "Should the position open again, I would welcome a conversation.",
            "My interest stands, should matters change on your side.",
        ],
        wordings![
            "Should plans change, my interest stands.",
            "If the position opens again, I'd welcome a call.",
            "My interest stands if things change.",
        ],
    ],
};

/// The ask to someone who neither brought the news nor decides (an
/// interviewer, a panel member, a colleague): to be remembered, never to
/// be sent the next opening, which is not theirs to send.
pub(crate) const ASK_MET: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I hope you'll keep me in mind as the team grows.",
            "Do think of me for anything that comes up.",
            "I'd be glad to be considered if the team grows.",
            "I hope you'll think of me should the team grow.",
            "Please do keep me in mind if a role like this comes round again.",
            "I hope you'll remember me if the team is hiring again.",
            "I hope you'll bear me in mind for whatever comes next.",
            "If the team is hiring again, I hope you'll think of me.",
            "Do bear me in mind when the team next hires.",
        ],
        wordings![
            "I hope you will keep me in mind as the team develops.",
            "I would be glad to be considered should the team grow.",
            "I hope you will think of me should a similar role arise.",
            "Please do keep me in mind as the team's plans develop.",
            "I would be glad if you would bear me in mind for the future.",
            "I would welcome being considered should a similar need arise.",
        ],
        wordings![
            "I hope you'll keep me in mind.",
            "Do think of me if the team grows.",
            "I'd be glad to be considered as the team grows.",
            "Please bear me in mind for the future.",
            "I'd welcome being considered if a similar role comes up.",
        ],
    ],
};

/// A role that takes shape around what the user offers.
pub(crate) const ASK_NEW_ROLE: Table = Table {
    vars: &["ask_at_company"],
    tones: [
        wordings![
            "If a role ever takes shape where my experience could help, I'd love to hear from you.",
            "If your plans grow to include a role that suits my background, please keep me in mind.",
            "Should the team's plans ever call for someone with my background, I'd be glad to be considered.",
        ],
        wordings![
            "Should a role take shape where my experience would be of use, I would be glad to hear from you.",
            "If your plans come to include a position suited to my background, I would welcome being considered.",
            "Please keep me in mind should a new role take shape{ask_at_company}.",
            "I hope you will think of me should a role take shape that suits my background.",
            "Please do bear me in mind should a suitable position take shape.",
        ],
        wordings![
            "If a new role takes shape that fits my background, I'd like to hear from you.",
            "Please keep me in mind if a role takes shape that fits.",
            "If the team grows in a direction that suits me, I'd welcome being considered.",
        ],
    ],
};

/// The role was cancelled or put on hold: interest if it reopens, no dates.
pub(crate) const ASK_REOPEN: Table = Table {
    vars: &["the_role"],
    tones: [
        wordings![
            "If the role reopens, or something similar comes up, I'd be glad to hear from you.",
            "Should {the_role} open again, please keep me in mind.",
            "I'd love to be considered if the role comes back.",
        ],
        wordings![
            "Should {the_role} reopen, I would be glad to be considered.",
            "If the position becomes available again, I would be glad to hear from you.",
            "Please keep me in mind should the role reopen.",
            "I hope you will consider me should {the_role} reopen.",
        ],
        wordings![
            "If the role reopens, I'd like to hear from you.",
            "Please keep me in mind if it reopens.",
            "I'd welcome being considered if plans change again.",
        ],
    ],
};

/// An agency recruiter: be considered for the agency's other roles (and,
/// through `agency_focus`, a named related role or this one if anything changes).
pub(crate) const ASK_AGENCY: Table = Table {
    vars: &["agency_focus"],
    tones: [
        wordings![
            "Please keep me in mind for other searches you're working on{agency_focus}.",
            "I'd love to be considered for other positions you're recruiting for{agency_focus}.",
            "If you have other openings that might suit me{agency_focus}, I'd be glad to hear from you.",
        ],
        wordings![
            "I would be grateful to be considered for other positions you are recruiting for{agency_focus}.",
            "Please keep me in mind for other suitable positions{agency_focus}.",
            "Should you have other opportunities that match my background{agency_focus}, I would be glad to hear from you.",
            "Please do consider me for other searches you are conducting{agency_focus}.",
        ],
        wordings![
            "Please keep me in mind for other searches you're working on{agency_focus}.",
            "I'd welcome being considered for other openings{agency_focus}.",
            "If you have another opening that fits{agency_focus}, I'd be glad to hear from you.",
            "Do keep me in mind for other openings{agency_focus}.",
        ],
    ],
};

/// Final round and runner-up: "if anything changes", beside the main ask.
pub(crate) const IF_CHANGES: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "If anything changes, I'd be happy to talk.",
            "Should circumstances change, I'd be glad to pick things up again.",
            "If circumstances change, I'm happy to talk at any point.",
            // Not led by a condition, for an ask that holds one.
            "I'd love to hear from you if anything changes.",
        ],
        wordings![
            "Should anything change, I would be happy to talk.",
            "If circumstances change, I would welcome the chance to speak again.",
            "Should circumstances change, I would be glad to speak again.",
            "I am always glad to talk if anything changes.",
        ],
        wordings![
            "If anything changes, I'm happy to talk.",
            "If circumstances change, let's talk.",
            "I'm happy to talk if anything changes.",
        ],
    ],
};

/// Thanks passed on to an agency's client: by name, or as "the hiring
/// team" when the company is named close by already.
pub(crate) const PASS_THANKS: Table = Table {
    vars: &["client"],
    tones: [
        wordings![
            "I'd be glad if you could pass my appreciation on to {client} for their time.",
            "Do tell {client} I appreciated their time.",
            "I hope you'll pass my appreciation on to {client}.",
            "Please thank the hiring team for their time on my behalf.",
            "Do thank the hiring team for their time on my behalf.",
        ],
        wordings![
            "I would be glad if you could convey my appreciation to {client}.",
            "Kindly pass on my appreciation to {client} for their time.",
            "I trust you will convey my appreciation to {client}.",
            "I would be grateful if you could thank the hiring team on my behalf.",
            "Kindly pass on my appreciation to the hiring team.",
        ],
        wordings![
            "Do pass my appreciation on to {client}.",
            "Do tell {client} I appreciated their time.",
            "I'd be glad if you passed my appreciation on to {client}.",
            "Please thank the hiring team for me.",
            "Do thank the hiring team for me.",
            "My thanks to the hiring team.",
        ],
    ],
};

/// Final round, runner-up and internal: thanks to the others met.
pub(crate) const THANK_OTHERS: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "Please pass my regards on to everyone I met along the way.",
            "I'd be grateful if you could pass my regards on to the others I met.",
            "Do pass my thanks on to everyone else I met.",
        ],
        wordings![
            "Please convey my regards to everyone I met along the way.",
            "Kindly pass my regards on to the others I met.",
            "My gratitude also goes to everyone who gave me their time.",
        ],
        wordings![
            "Please pass my regards on to everyone I met.",
            "Do thank the others I met for me.",
            "My regards to the others I met as well.",
        ],
    ],
};

pub(crate) const FEEDBACK: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "If you have a moment, I'd welcome any feedback that could help me grow, but please don't feel obliged.",
            "If you ever have a few minutes, I'd be grateful for any thoughts on what I could do better, though no pressure at all.",
            "I'd really value any feedback you're able to give, if it's easy to share.",
        ],
        wordings![
            "If you have a moment, I would appreciate any feedback that might help me improve, though I understand if that is not possible.",
            "Should time allow, I would be grateful for any feedback you are able to share.",
            "If you are able to share any feedback, I would value it, but please do not feel obliged.",
            "Any feedback you are able to share is most welcome, should time allow.",
        ],
        wordings![
            "If you have a moment, any feedback would be welcome.",
            "I'd value any feedback, if you have time.",
            "If it's easy to share, I'd welcome brief feedback.",
        ],
    ],
};

/// Executives ask as peers: a candid view, not help to "grow".
pub(crate) const FEEDBACK_PEER: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "If you're open to it, I'd value your candid view of how I came across.",
            "I'd welcome your candid view of my application, if you're willing to share it.",
            "If you're willing, I'd value your honest read on my interviews some time.",
        ],
        wordings![
            "If you are open to it, I would value your candid view of how I came across.",
            "I would welcome your perspective on my candidacy, should you be willing to share it.",
            "Any candid observations you are willing to share would be valued.",
            "If you are open to it, your candid view of how I came across is most welcome.",
        ],
        wordings![
            "I'd value your candid view, if you're open to it.",
            "If you're willing, I'd welcome your honest read.",
            "Any candid view you're willing to share would be valued.",
        ],
    ],
};

/// Entry level: advice on becoming a stronger candidate.
pub(crate) const ADVICE: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "If you have a moment, I'd be grateful for any advice on how I could become a stronger candidate.",
            "If you ever have a few minutes, I'd love any advice on what to work on before the next round of openings.",
            "Any advice on growing into a role like this would be very welcome, if it's easy to share.",
        ],
        wordings![
            "If you have a moment, I would be grateful for any advice on how to become a stronger candidate.",
            "Should time allow, I would value your advice on how best to prepare for future openings.",
            "If you are able to share any advice on strengthening my candidacy, I would be most grateful.",
            "Any advice on how to become a stronger candidate is most welcome, should time allow.",
        ],
        wordings![
            "If you have a moment, I'd welcome advice on becoming a stronger candidate.",
            "Any advice on what to work on would help, if you have time.",
            "If it's easy to share, I'd value advice on next steps.",
        ],
    ],
};

/// Internal candidate: feedback on development, always easy to decline.
pub(crate) const DEVELOPMENT: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "When you have a moment, I'd really value your thoughts on what would help me grow toward a role like this.",
            "If you have time in the coming weeks, I'd love to hear what I could develop to be a stronger candidate next time.",
            "When it suits you, I'd welcome a conversation about feedback on my development.",
            "Your view on where I could grow would help me a great deal, if you have time.",
        ],
        wordings![
            "When convenient, I would value your feedback on the areas I should develop.",
            "If you have time in the coming weeks, I would appreciate your guidance on how to strengthen my candidacy.",
            "At a time that suits you, I would welcome your thoughts on my development.",
            "When convenient, your thoughts on the areas I should develop are most welcome.",
            "Your view on the areas I should develop would be most valuable, if possible.",
        ],
        wordings![
            "When you have a moment, I'd value your thoughts on what to develop.",
            "If you have time, I'd welcome feedback on where to grow.",
            "When it suits you, I'd like your feedback on what would make me a stronger candidate.",
            "Your view on where to grow would help, if you have time.",
        ],
    ],
};

/// A senior internal candidate asks about development as a peer: candid
/// feedback on their candidacy, not help to grow.
pub(crate) const DEVELOPMENT_PEER: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "When it suits you, I'd value your candid feedback on my application.",
            "If you're open to it, I'd welcome a frank conversation and your feedback on my candidacy.",
            "When you have a moment, I'd value your candid thoughts on what the role most needed.",
        ],
        wordings![
            "When convenient, I would value your candid feedback on my application.",
            "At a time that suits you, I would welcome a frank conversation and your feedback on my candidacy.",
            "If you are open to it, I would value your candid thoughts on what the role most required.",
            "When convenient, I would welcome your candid view of my application.",
            "At a convenient time, may I ask for your candid feedback on my application?",
        ],
        wordings![
            "When it suits you, I'd value your candid feedback.",
            "If you're open to it, I'd welcome your candid thoughts on my application.",
            "When you have a moment, I'd value frank feedback.",
        ],
    ],
};

/// The feedback ask on a call, in spoken words.
pub(crate) const FEEDBACK_SPOKEN: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "If you have a moment at some point, I'd love your thoughts on what I could do better.",
            "When you have a moment, any feedback on what I could do better would really help.",
            "At a time that suits you, could you give me a few pointers on what to work on?",
        ],
        wordings![
            "When it suits you, I'd value your thoughts on what I could do better.",
            "If you have a moment at some point, I'd be grateful for any pointers on what to work on.",
            "At a time that suits you, I'd welcome your feedback on what I could improve.",
        ],
        wordings![
            "Any pointers on what to work on would help, when you have a moment.",
            "When it suits you, I'd value your thoughts on what I could improve.",
            "If you have time, I'd welcome any feedback.",
        ],
    ],
};

/// [`FEEDBACK_SPOKEN`] when their email offered feedback or a call.
pub(crate) const FEEDBACK_OFFERED_SPOKEN: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "If you have a moment now, I'd love to hear the feedback you offered.",
            "I'd really like to take you up on your offer of feedback, now or when it suits you.",
            "That feedback you offered would really help, now or whenever you have a moment.",
        ],
        wordings![
            "If you have a moment now, I would be glad to hear the feedback you offered.",
            "I would welcome your feedback, now or at a time that suits you.",
            "I would value the feedback you offered, now or when convenient.",
        ],
        wordings![
            "If you have a moment now, I'd like your feedback.",
            "Happy to hear that feedback now, or when it suits you.",
            "That feedback you offered would help, now or when you have a moment.",
        ],
    ],
};

/// Agency: whether the client shared feedback.
pub(crate) const CLIENT_FEEDBACK: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "If the client shared any feedback, I'd be grateful to hear it when you have a moment.",
            "When you have a moment, I'd love to know whether the client shared any feedback.",
            "If any feedback came back from the hiring team, I'd really appreciate hearing it, though no pressure.",
            "Any feedback that came back would be great to hear, when you have a moment.",
        ],
        wordings![
            "Should the client have shared any feedback, I would be grateful to hear it when convenient.",
            "When convenient, I would appreciate knowing whether the client offered any feedback.",
            "Should time allow, I would value hearing any feedback the hiring team provided.",
            "I am keen to hear any feedback the client shared, when convenient.",
            "I would be grateful for any feedback that came back, when convenient.",
            "Any feedback that came back would be most welcome, when convenient.",
        ],
        wordings![
            "If the client shared any feedback, I'd welcome hearing it when you have a moment.",
            "Any feedback from the client would be welcome, if you have time.",
            "Could you pass on any client feedback when you have a moment?",
            "Any feedback that came back would be welcome, if you have time.",
        ],
    ],
};

/// Their email offered feedback: the note takes up the offer in its terms.
pub(crate) const FEEDBACK_OFFERED: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'd be glad to take you up on your offer of feedback, whenever suits you.",
            "Your offer of feedback is kind, and I'd gladly take it up when you have time.",
            "I'd really value the feedback you offered, whenever it suits you.",
        ],
        wordings![
            "I would be glad to take up your kind offer of feedback, at a time convenient for you.",
            "I would value the feedback you offered, whenever it is convenient.",
            "Thank you for offering feedback; I would be glad to hear it when convenient.",
            "I am glad to accept your kind offer of feedback, at a time convenient for you.",
        ],
        wordings![
            "I'd gladly take up your offer of feedback.",
            "I'd value the feedback you offered, when you have time.",
            "Yes, please, to the feedback you offered.",
        ],
    ],
};

/// Their email offered a call: the note accepts it, easy on timing.
pub(crate) const CALL_OFFERED: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'd love to take you up on your offer to talk through your feedback; I'm flexible on timing.",
            "Talking through your feedback, as you offered, would be really helpful whenever suits you.",
            "I'd be glad to have the short feedback call you suggested, at a time that works for you.",
        ],
        wordings![
            "I would be glad to take up your offer to discuss your feedback, at a time convenient for you.",
            "I would welcome the chance to talk through your feedback, as you kindly offered, whenever it suits you.",
            "A conversation about your feedback, as you offered, would be most helpful at your convenience.",
            "I am glad to accept your offer of a call about your feedback, at a time convenient for you.",
        ],
        wordings![
            "I'd gladly take up your offer to talk through feedback.",
            "A quick call about your feedback would help; any time suits me.",
            "Happy to talk through your feedback, as you offered, whenever suits.",
        ],
    ],
};

/// Their email said they would keep the user in mind: acknowledged, not
/// asked for again as if new.
pub(crate) const ASK_KEPT: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'm glad you'll keep me in mind, and I'd love to hear from you if something suitable comes up.",
            "It's good to know you'll keep me in mind; I'd be glad to hear from you when something fits.",
            "Knowing you'll keep me in mind means a lot, and I'd welcome hearing from you about future openings.",
        ],
        wordings![
            "I appreciate your offer to keep me in mind, and I would be glad to hear from you should a suitable role arise.",
            "I was pleased to hear that you will keep me in mind, and I would welcome hearing from you about future openings.",
            "I am glad you will keep me in mind, and I would be pleased to hear from you should something suitable arise.",
            "I appreciate your offer to keep me in mind, and I look forward to hearing from you should a suitable role arise.",
        ],
        wordings![
            "Glad you'll keep me in mind; I'd be happy to hear from you if a role fits.",
            "Good to know you'll keep me in mind; do get in touch if something fits.",
            "Good to hear you'll keep me in mind; I'd welcome hearing from you.",
        ],
    ],
};

/// Staying in touch on LinkedIn, in words true whether or not the two are
/// connected yet: no wording promises an invitation.
pub(crate) const LINKEDIN: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'd also love to stay in touch on LinkedIn.",
            "It would be good to keep in touch on LinkedIn, too.",
            "It would be lovely to stay connected on LinkedIn.",
        ],
        wordings![
            "I would be glad to remain in touch on LinkedIn.",
            "I would value keeping in touch on LinkedIn.",
            "I would welcome the opportunity to stay connected on LinkedIn.",
            "I am keen to stay connected on LinkedIn.",
        ],
        wordings![
            "Let's stay in touch on LinkedIn.",
            "Happy to keep in touch on LinkedIn.",
            "I'd be glad to connect on LinkedIn.",
        ],
    ],
};

/// Senior and executive: an offer of something useful the user named.
pub(crate) const HELP: Table = Table {
    vars: &["help"],
    tones: [
        wordings![
            "If it's ever useful, I'd be glad to offer {help}.",
            "In the meantime, I'm happy to offer {help} if that would help.",
            "I'd be glad to help with {help} whenever it would be useful.",
        ],
        wordings![
            "Should it be of use, I would be glad to offer {help}.",
            "If it would be of use, I am happy to provide {help}.",
            "I would be pleased to offer {help}.",
            "Should it ever be useful, I am glad to offer {help}.",
        ],
        wordings![
            "I'm happy to offer {help} if it's useful.",
            "If {help} would be useful, just let me know.",
            "If useful, I can offer {help}.",
        ],
    ],
};

/// [`HELP`] written to an agency recruiter: the help is their client's
/// to use, and what it is about ("the estate") is the client's.
pub(crate) const HELP_AGENCY: Table = Table {
    vars: &["help"],
    tones: [
        wordings![
            "If it's ever useful to your client, I'd be glad to offer {help}.",
            "Should your client find it useful, I'm happy to offer {help}.",
            "I'd gladly offer your client {help} whenever it would help.",
        ],
        wordings![
            "Should it be of use to your client, I would be glad to offer {help}.",
            "I would be pleased to offer your client {help}.",
            "If your client would find it of use, I am happy to provide {help}.",
        ],
        wordings![
            "If useful to your client, I can offer {help}.",
            "Happy to offer your client {help} if useful.",
            "Your client is welcome to {help} any time.",
        ],
    ],
};

/// Senior and executive: an offer of help in general words.
pub(crate) const HELP_GENERAL: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "If I can ever be useful to the team, I'd be glad to help.",
            "I'm always happy to help where I can.",
            "Please don't hesitate to reach out if I can ever help.",
        ],
        wordings![
            "Should I ever be able to assist the team, I would be glad to do so.",
            "Please do not hesitate to contact me if I can be of help.",
            "I would be pleased to help the team in any way I can.",
        ],
        wordings![
            "Happy to help where I can.",
            "If I can help, just ask.",
            "I'm glad to help anytime.",
        ],
    ],
};

pub(crate) const CLOSE: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I wish you and the team all the best.",
            "Wishing you and the team every success.",
            "Warm wishes to you and everyone there.",
            "I hope the coming months go really well.",
            "I hope all goes well for you and the team this year.",
            "Every good wish to the team.",
            "Wishing you and your colleagues all the best.",
            "Every good wish to you and your colleagues.",
            "I hope the year ahead treats you all well.",
            "My very best to you and everyone there.",
            "I hope it's a good year for you all.",
            "All the best for the months ahead.",
            "My warmest wishes for the year ahead.",
        ],
        wordings![
            "I wish you and the team continued success.",
            "With my best wishes for the team's continued success.",
            "With warm wishes for the months ahead.",
            "I wish you every success in the months ahead.",
            "I wish you and your colleagues every success.",
            "With best wishes for the team's work ahead.",
        ],
        wordings![
            "All the best to you and the team.",
            "Wishing you and everyone there every success.",
            "Best wishes to you and everyone on the team.",
            "Good luck to you all with everything ahead.",
            "All the best to you and your colleagues.",
        ],
    ],
};

/// The close to an agency or search-firm recruiter: good wishes to them,
/// with no "team" that could be theirs or their client's.
pub(crate) const CLOSE_AGENCY: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "Wishing you every success.",
            "I hope the coming months go really well for you.",
            "All the best with the roles you're working on.",
        ],
        wordings![
            "I wish you every success in the months ahead.",
            "With warm wishes for the months ahead.",
            "With my best wishes for your work ahead.",
        ],
        wordings![
            "Wishing you every success in the months ahead.",
            "All the best to you for the months ahead.",
            "Good luck with everything ahead.",
        ],
    ],
};

/// A close that also wishes the person hired well: confident, never a hope
/// that it fails.
pub(crate) const CLOSE_HIRE: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I wish you and your new hire every success.",
            "I hope your new colleague settles in well, and I wish the team all the best.",
            "Wishing you, the team and your new hire a great start together.",
            "I hope your new colleague settles in well.",
            "Wishing the team and your new hire a smooth start.",
        ],
        wordings![
            "I wish you and your new colleague every success.",
            "Please accept my best wishes to you, the team and the successful candidate.",
            "I wish the successful candidate and the team every success.",
            "I hope your new colleague settles in well.",
            "My best wishes to the team and your new colleague.",
        ],
        wordings![
            "Every success to you and your new hire.",
            "I wish you and the new hire every success.",
            "All the best to you and your new colleague.",
        ],
    ],
};

/// [`CLOSE_HIRE`] through an agency, when the user asked to wish the
/// person hired well: the hire is the client's, not the recruiter's.
pub(crate) const CLOSE_HIRE_AGENCY: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I hope the successful candidate settles in well with your client.",
            "Wishing your client and their new hire every success.",
            "I hope the new hire is a great success for your client.",
        ],
        wordings![
            "I wish your client and the successful candidate every success.",
            "Please pass on my best wishes to the successful candidate.",
            "I hope the new hire proves a great success for your client.",
            "I wish the successful candidate well in the role.",
        ],
        wordings![
            "Best wishes to your client and their new hire.",
            "I hope the new hire works out well for your client.",
            "All the best to the successful candidate.",
        ],
    ],
};

/// An internal candidate's ask of anyone but a colleague who only met
/// them (their manager, the recruiter who told them), for future openings:
/// as an insider working towards such a role.
pub(crate) const ASK_INTERNAL: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "As I work towards a role like this, I hope you'll think of me.",
            "I'd love to be considered again when the time is right.",
            "I hope you'll think of me when a similar role comes round.",
            "Please do keep me in mind as opportunities come up.",
        ],
        wordings![
            "I would be glad to be considered again when the time is right.",
            "As I prepare for a role of this kind, I hope you will bear me in mind.",
            "I hope you will think of me when a suitable role arises.",
        ],
        wordings![
            "I hope you'll keep me in mind for roles like this.",
            "Do think of me when the time comes.",
            "I hope you'll bear me in mind.",
        ],
    ],
};

/// An internal candidate's ask of a colleague who is not their manager:
/// to be kept in mind as they work towards such a role, never "if our
/// paths cross" (they already work together).
pub(crate) const ASK_COLLEAGUE: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I hope you'll keep me in mind as I work towards a role like this.",
            "I'd value your support; please keep me in mind for the next step.",
            "Please do keep me in mind as I carry on building towards this kind of role.",
            "Do keep me in mind when the next step comes.",
            "I hope you'll think of me as I prepare for a role like this.",
            "I hope you'll bear me in mind as I build towards a role like this.",
            "I'd be glad if you'd think of me as I work towards this kind of role.",
            "Please think of me for the next step when the time comes.",
            "I'd be grateful if you'd bear me in mind as I grow into a bigger role.",
            "If a chance to step up comes along, do think of me.",
        ],
        wordings![
            "I hope you will keep me in mind as I work towards a role of this kind.",
            "I would value your support; please keep me in mind for the next step.",
            "Please do keep me in mind as I continue to prepare for a role like this.",
            "I hope you will think of me as I prepare for a role of this kind.",
            "Please bear me in mind as I build my experience for a role like this.",
            "I hope you will think of me when a similar opportunity arises.",
            "I would be grateful if you would bear me in mind as I prepare for a larger role.",
            "Should a chance to step up arise, I hope you will think of me.",
        ],
        wordings![
            "I hope you'll keep me in mind for the next step.",
            "Do keep me in mind as I work towards a role like this.",
            "Please keep me in mind for the next step.",
            "Do think of me when a role like this opens.",
            "Do think of me as I prepare.",
            "Do bear me in mind as I grow.",
            "Do think of me if a chance comes up.",
        ],
    ],
};

/// The close of an internal candidate's card or message after the letter,
/// which looked forward to working together: good wishes, briefly.
pub(crate) const CLOSE_WISHES: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I hope this year goes well for you.",
            "I hope the months ahead go well for you.",
            "All the very best to you.",
        ],
        wordings![
            "I wish you every success in the year ahead.",
            "I hope the coming months go well for you.",
            "My warmest wishes to you for the months ahead.",
        ],
        wordings![
            "All the best to you.",
            "Hope the months ahead go well.",
            "Wishing you a good year.",
        ],
    ],
};

/// The close of an internal candidate's note to a colleague who is not
/// their manager: they stay, so it looks to working together.
pub(crate) const CLOSE_COLLEAGUE: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'm looking forward to working together.",
            "I'm glad we'll keep working together.",
            "I look forward to what comes next for the team.",
            "Here's to the work we'll do together.",
            "I'm looking forward to the months ahead.",
            "See you soon, and thanks again.",
            "It's good to be working alongside you.",
            "Here's to the year ahead together.",
            "It's a pleasure to work with you.",
            "It's been good to get to know you better.",
            "It's good to know we'll keep working side by side.",
        ],
        wordings![
            "I look forward to continuing to work with you.",
            "I look forward to working together in the months ahead.",
            "I look forward to our continued work together.",
            "I look forward to the work we will share.",
            "With every good wish for our work together.",
            "With every good wish for the months ahead.",
            "My thanks again, and my best wishes.",
        ],
        wordings![
            "Looking forward to working together.",
            "Glad to keep working together.",
            "Here's to the months ahead.",
        ],
    ],
};

/// The close of an internal candidate's note: they stay, so it looks
/// forward with the team rather than wishing it well from outside.
pub(crate) const CLOSE_INTERNAL: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I'm looking forward to what we do next.",
            "I'm looking forward to the year ahead with the team.",
            "I'm looking forward to the work ahead.",
            "I'm looking forward to what's ahead for us.",
            "I'm glad to carry on the work we share.",
            "Here's to the next chapter for the team.",
            "I can't wait to see what the team does next.",
        ],
        wordings![
            "I look forward to the work ahead.",
            "I look forward to continuing our work together.",
            "I look forward to what the coming months bring.",
            "It is a pleasure to be working with you.",
            "With best wishes for the work ahead of us.",
        ],
        wordings![
            "Here's to the work ahead.",
            "Looking forward to what's next.",
            "On to the next thing together.",
        ],
    ],
};

/// The end of the phone script: the news was thanked for at the start, so
/// the end looks forward.
pub(crate) const CLOSE_CALL: Table = Table {
    vars: &[],
    tones: [
        wordings![
            "I hope we speak again soon.",
            "I hope our paths cross again soon.",
            "All the best, and take care.",
        ],
        wordings![
            "I wish you every success, and I hope we speak again.",
            "I hope our paths cross again.",
            "With every good wish for the months ahead.",
            "I look forward to staying in touch.",
        ],
        wordings![
            "Hope we speak again soon.",
            "All the best.",
            "Speak soon, I hope.",
        ],
    ],
};

/// The sign-off. Within a tone every wording has as many words, so the one
/// chosen to avoid echoing the close never changes the note's length.
pub(crate) const SIGN_OFF: Table = Table {
    vars: &[],
    tones: [
        wordings!["Warm regards,", "With thanks,", "Best wishes,"],
        wordings!["Kind regards,", "Yours sincerely,", "Best regards,"],
        wordings!["Best,", "Thanks,", "Regards,"],
    ],
};

/// Every table, for the tests that verify wordings and placeholders.
#[cfg(test)]
pub(crate) const ALL: &[(&str, &Table)] = &[
    ("THANKS", &THANKS),
    ("THANKS_MET", &THANKS_MET),
    ("THANKS_CANCELLED", &THANKS_CANCELLED),
    ("THANKS_CALL", &THANKS_CALL),
    ("INVITE_THANKS", &INVITE_THANKS),
    ("INVITE_THANKS_MET", &INVITE_THANKS_MET),
    ("INVITE_THANKS_CANCELLED", &INVITE_THANKS_CANCELLED),
    ("INVITE_CONNECT", &INVITE_CONNECT),
    ("INVITE_CONNECT_KEEP", &INVITE_CONNECT_KEEP),
    ("INVITE_CONNECT_COLLEAGUE", &INVITE_CONNECT_COLLEAGUE),
    ("PHONE_CALL", &PHONE_CALL),
    ("RUNNER_UP", &RUNNER_UP),
    ("AGAIN", &AGAIN),
    ("ACCEPT", &ACCEPT),
    ("ACCEPT_CANCELLED", &ACCEPT_CANCELLED),
    ("SUPPORT_COLLEAGUE", &SUPPORT_COLLEAGUE),
    ("DETAIL_GIFT", &DETAIL_GIFT),
    ("DETAIL_GIFT_DOING", &DETAIL_GIFT_DOING),
    ("DETAIL_CLAUSE", &DETAIL_CLAUSE),
    ("DETAIL_YOU_DID", &DETAIL_YOU_DID),
    ("DETAIL_YOU_SAID", &DETAIL_YOU_SAID),
    ("DETAIL_DONE", &DETAIL_DONE),
    ("DETAIL_TOPIC", &DETAIL_TOPIC),
    ("DETAIL_TALKED", &DETAIL_TALKED),
    ("DETAIL_TOPIC_UNMET", &DETAIL_TOPIC_UNMET),
    ("DETAIL_HEARD", &DETAIL_HEARD),
    ("GENERAL_DETAIL", &GENERAL_DETAIL),
    ("INTEREST", &INTEREST),
    ("INTEREST_SPOKEN", &INTEREST_SPOKEN),
    ("INTEREST_ADMIRE", &INTEREST_ADMIRE),
    ("INTEREST_ADMIRE_CLAUSE", &INTEREST_ADMIRE_CLAUSE),
    ("INTEREST_ADMIRE_GERUND", &INTEREST_ADMIRE_GERUND),
    ("COMMITMENT", &COMMITMENT),
    ("VALUE", &VALUE),
    ("VALUE_CLAUSE", &VALUE_CLAUSE),
    ("GENERAL_VALUE", &GENERAL_VALUE),
    ("LEARNING", &LEARNING),
    ("ASK_THIS_ROLE", &ASK_THIS_ROLE),
    ("ASK_RELATED", &ASK_RELATED),
    ("ASK_FUTURE", &ASK_FUTURE),
    ("ASK_MET", &ASK_MET),
    ("ASK_DECIDER_EXECUTIVE", &ASK_DECIDER_EXECUTIVE),
    ("ASK_NEW_ROLE", &ASK_NEW_ROLE),
    ("ASK_REOPEN", &ASK_REOPEN),
    ("ASK_AGENCY", &ASK_AGENCY),
    ("IF_CHANGES", &IF_CHANGES),
    ("PASS_THANKS", &PASS_THANKS),
    ("THANK_OTHERS", &THANK_OTHERS),
    ("FEEDBACK", &FEEDBACK),
    ("FEEDBACK_PEER", &FEEDBACK_PEER),
    ("ADVICE", &ADVICE),
    ("DEVELOPMENT", &DEVELOPMENT),
    ("DEVELOPMENT_PEER", &DEVELOPMENT_PEER),
    ("CLIENT_FEEDBACK", &CLIENT_FEEDBACK),
    ("FEEDBACK_OFFERED", &FEEDBACK_OFFERED),
    ("FEEDBACK_SPOKEN", &FEEDBACK_SPOKEN),
    ("FEEDBACK_OFFERED_SPOKEN", &FEEDBACK_OFFERED_SPOKEN),
    ("CALL_OFFERED", &CALL_OFFERED),
    ("ASK_KEPT", &ASK_KEPT),
    ("LINKEDIN", &LINKEDIN),
    ("HELP", &HELP),
    ("HELP_AGENCY", &HELP_AGENCY),
    ("HELP_GENERAL", &HELP_GENERAL),
    ("CLOSE", &CLOSE),
    ("CLOSE_AGENCY", &CLOSE_AGENCY),
    ("CLOSE_HIRE", &CLOSE_HIRE),
    ("CLOSE_HIRE_AGENCY", &CLOSE_HIRE_AGENCY),
    ("ASK_COLLEAGUE", &ASK_COLLEAGUE),
    ("ASK_INTERNAL", &ASK_INTERNAL),
    ("CLOSE_COLLEAGUE", &CLOSE_COLLEAGUE),
    ("CLOSE_WISHES", &CLOSE_WISHES),
    ("CLOSE_INTERNAL", &CLOSE_INTERNAL),
    ("CLOSE_CALL", &CLOSE_CALL),
    ("SIGN_OFF", &SIGN_OFF),
];
