//! The composer: the user's answers in, one gracious note per person and channel out.
//!
//! A note is built from the parts of `docs/notes.md` (greeting, thanks,
//! acceptance, one detail, interest and value, the ask, optional asks, close,
//! sign-off), each a hand-written wording chosen deterministically from a
//! table in `phrases`. `plan` decides which parts a stage, arrival,
//! seniority and channel call for; `fit` keeps the note inside the length
//! band of `docs/notes.md` by leaving out or adding whole sentences, never by
//! cutting words. Every name, company, role and detail comes from the
//! answers; when a detail is missing its sentence is left out or stays
//! honestly general.

mod fit;
mod follow_up;
mod frames;
mod phrases;
mod plan;
mod template;
mod values;

pub(crate) use frames::mentioned;
pub(crate) use values::{Values, follows_letter, keen_elsewhere};

use crate::domain::model::{Answers, Channel, Length, Recipient, Rejection, Relationship, Stage};
use crate::domain::repetition::{Own, Written};
use crate::domain::text::{char_count, phrase, word_count};

/// Sorts a short list stably by `key`.
///
/// The lists here hold a dozen sentences at most; the standard library's
/// sort is built for large inputs and adds about 3 KB of WebAssembly for
/// every element type it is used with.
pub(crate) fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// One composed note, ready to show, copy or send.
///
/// ```
/// use kept_in_mind::domain::compose::compose;
/// use kept_in_mind::domain::model::{Answers, Channel, Recipient};
/// let mut answers = Answers::default();
/// answers.rejection.company = "Acme".into();
/// answers.recipients.push(Recipient { name: "Priya Shah".into(), ..Recipient::default() });
/// let note = compose(&answers, &answers.recipients[0], Channel::EmailNew, 0);
/// assert_eq!(note.channel, Channel::EmailNew);
/// assert!(note.subject.is_some(), "a new email has a subject");
/// assert!(note.body.starts_with("Hi Priya,"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub channel: Channel,
    /// The subject line, for the two email channels only (a reply's only
    /// when their subject is known: the thread keeps it).
    pub subject: Option<String>,
    /// Everything else: greeting, paragraphs and sign-off.
    pub body: String,
    /// What the user asked for or wrote that this note leaves out to keep
    /// to its length, so the app can say so rather than drop it silently.
    pub left_out: Vec<Part>,
}

/// A part of a note that comes from the user's own answers and may be left
/// out to fit. The requests the user ticked (feedback, LinkedIn, an offer of
/// help) are never left out: the composer's own sentences give way first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Detail,
    Strengths,
}

impl Part {
    /// The part in words, for "leaves out …".
    pub fn label(self) -> &'static str {
        match self {
            Part::Detail => "the detail you noted",
            Part::Strengths => "your strengths",
        }
    }
}

impl Note {
    /// Words in the body, as [`word_count`] counts them.
    pub fn words(&self) -> usize {
        word_count(&self.body)
    }

    /// What the note leaves out, in a sentence for the user, if anything.
    ///
    /// ```
    /// use kept_in_mind::domain::{compose::{Note, Part}, model::Channel};
    /// let note = Note {
    ///     channel: Channel::EmailReply,
    ///     subject: None,
    ///     body: String::new(),
    ///     left_out: vec![Part::Detail],
    /// };
    /// assert_eq!(
    ///     note.left_out_text().as_deref(),
    ///     Some("To keep to its usual length, this note leaves out the detail you noted. You can add it back by editing it.")
    /// );
    /// ```
    pub fn left_out_text(&self) -> Option<String> {
        let labels: Vec<&str> = self.left_out.iter().map(|p| p.label()).collect();
        let (last, rest) = labels.split_last()?;
        let list = if rest.is_empty() {
            (*last).to_string()
        } else {
            format!("{} and {last}", rest.join(", "))
        };
        let it = if rest.is_empty() { "it" } else { "them" };
        Some(format!(
            "To keep to its usual length, this note leaves out {list}. You can add {it} back by editing it."
        ))
    }

    /// Characters in the body as LinkedIn's limits count them (see [`char_count`]).
    pub fn chars(&self) -> usize {
        char_count(&self.body)
    }
}

/// The LinkedIn invitation limit for this user: 200 characters, or 300 with Premium.
///
/// ```
/// use kept_in_mind::domain::compose::{compose, linkedin_limit};
/// use kept_in_mind::domain::model::{Answers, Channel, Recipient};
/// let mut answers = Answers::default();
/// answers.rejection.company = "Acme".into();
/// answers.recipients.push(Recipient { name: "Priya Shah".into(), ..Recipient::default() });
/// answers.rejection.job_title = "Product Designer".into();
/// answers.recipients[0].detail = "your plans for the new clinic app".into();
/// answers.sender.strengths = ["ten years of healthcare design".into(), "user research".into()];
/// assert_eq!(linkedin_limit(&answers), 200);
/// let note = compose(&answers, &answers.recipients[0], Channel::LinkedInInvite, 0);
/// assert!(note.chars() <= linkedin_limit(&answers));
/// answers.style.linkedin_premium = true;
/// assert_eq!(linkedin_limit(&answers), 300);
/// ```
pub fn linkedin_limit(answers: &Answers) -> usize {
    if answers.style.linkedin_premium {
        300
    } else {
        200
    }
}

/// What a length band counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Words,
    Sentences,
    /// Characters as [`char_count`] counts them.
    Characters,
}

/// The length a note should have, from `docs/notes.md`.
///
/// For a reply after an interview it is 60–120 words, and [`ASK_ROOM`]
/// more for each request the user ticked:
///
/// ```
/// use kept_in_mind::domain::compose::{ASK_ROOM, Band, Unit, band};
/// use kept_in_mind::domain::model::{Answers, Channel, Recipient, Stage};
/// let mut answers = Answers::default();
/// answers.recipients.push(Recipient::default());
/// let person = &answers.recipients[0];
/// let reply = band(Channel::EmailReply, Stage::Interview, &answers, person);
/// assert_eq!(reply, Band { min: 60, max: 120, unit: Unit::Words });
/// answers.ask.feedback = true;
/// let reply = band(Channel::EmailReply, Stage::Interview, &answers, &answers.recipients[0]);
/// assert_eq!(reply.max, 120 + ASK_ROOM);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Band {
    pub min: usize,
    pub max: usize,
    pub unit: Unit,
}

impl Band {
    /// Where a note aims inside the band: the bottom for [`Length::Short`]
    /// (a fifth of the way up, so one optional sentence still fits), the
    /// middle for [`Length::Standard`].
    pub fn target(self, length: Length) -> usize {
        match length {
            Length::Short => self.min + (self.max - self.min) / 5,
            Length::Standard => (self.min + self.max) / 2,
        }
    }
}

/// The length band for a channel and stage. Emails follow the stage table of
/// `docs/notes.md`; the other channels have their own conventions, whatever
/// the stage. A note to someone the record's asks do not go to (`leads`
/// false: an interviewer, a panel member) thanks them for their interview
/// and answers nothing about the decision, so after a final round it keeps
/// to the interview's band rather than padding to the longer one.
///
/// Word counts include the greeting and sign-off: they are words the reader
/// reads, and the checker counts a hand-edited note the same way.
pub fn band(channel: Channel, stage: Stage, answers: &Answers, person: &Recipient) -> Band {
    let leads = answers.leads(person);
    let words = |min, max| Band {
        min,
        max,
        unit: Unit::Words,
    };
    match channel {
        // A note about a role that opened is a short approach, whatever
        // stage the earlier No reached.
        Channel::EmailReply | Channel::EmailNew if answers.rejection.follows.is_some() => {
            words(40, 120)
        }
        Channel::EmailReply | Channel::EmailNew => {
            let (min, max) = match stage {
                // A short note has little room: the detail the user typed
                // would go for a word or two over, so the band makes room.
                Stage::ApplicationOnly | Stage::PhoneScreen
                    if !phrase(&person.detail).is_empty() =>
                {
                    (40, 80 + DETAIL_ROOM)
                }
                Stage::ApplicationOnly | Stage::PhoneScreen => (40, 80),
                // Thanks to someone who only met the user answers nothing
                // about the decision: a short note (docs/notes.md).
                Stage::Interview | Stage::FinalRound | Stage::RunnerUp | Stage::Internal
                    if !leads =>
                {
                    (40, 100)
                }
                Stage::Interview => (60, 120),
                Stage::FinalRound | Stage::RunnerUp => (100, 180),
                Stage::Internal => (80, 150),
                Stage::RoleCancelled => (40, 90),
            };
            // Whoever decides hears the user's strengths: a line of their
            // own, not dropped for the composer's stock sentences.
            let decides = leads || person.relationship == Some(Relationship::HiringManager);
            let strengths = decides
                && answers
                    .sender
                    .strengths
                    .iter()
                    .any(|s| !s.trim().is_empty());
            // An agency's note carries one part more: thanks passed on to
            // the client.
            let agency = values::through_agency(answers, person);
            words(
                min,
                max + ASK_ROOM
                    * (ticked_asks(answers) + usize::from(strengths) + usize::from(agency)),
            )
        }
        Channel::LinkedInInvite => Band {
            min: 1,
            max: linkedin_limit(answers),
            unit: Unit::Characters,
        },
        // After the email, a message only says the user is still keen and
        // hopes to stay in touch: one point, briefly.
        Channel::LinkedInMessage if values::follows_letter(answers, person, channel) => {
            words(30, 100)
        }
        Channel::LinkedInMessage => words(40, 100),
        Channel::Card => Band {
            min: 3,
            max: 5,
            unit: Unit::Sentences,
        },
        // "Short" only, in docs/notes.md: about half a minute to say.
        Channel::PhoneScript => words(40, 100),
    }
}

/// Words an email's band grows by for each request the user ticked (a
/// ticked request is never dropped to fit, so the band flexes instead), for
/// the user's strengths in a note to whoever decides, and for the thanks an
/// agency recruiter passes on.
pub const ASK_ROOM: usize = 20;

/// Words a short note's band grows by for the detail the user typed for
/// the person: dropped to fit, it leaves a note with nothing of its own.
pub const DETAIL_ROOM: usize = 10;

/// The requests the user ticked that an email carries: feedback, LinkedIn,
/// and (for senior people, who make it) an offer of help.
fn ticked_asks(answers: &Answers) -> usize {
    let ask = &answers.ask;
    let senior = answers.sender.seniority.unwrap_or_default().is_senior();
    usize::from(ask.feedback) + usize::from(ask.linkedin) + usize::from(ask.offer_help && senior)
}

/// Composes the note for one recipient on one channel, on its own.
///
/// `variant` picks among the hand-written wordings: `variant + 1` gives a
/// different text ("another wording"), and the same inputs always give the
/// same note. Choices still `None` in the answers fall back to the model's
/// defaults. The notes page composes every note together instead
/// ([`compose_all`]), so that no two share a sentence.
///
/// ```
/// use kept_in_mind::domain::compose::compose;
/// use kept_in_mind::domain::model::{Answers, Channel, Recipient};
/// let mut answers = Answers::default();
/// answers.rejection.company = "Acme".into();
/// answers.recipients.push(Recipient { name: "Priya Shah".into(), ..Recipient::default() });
/// let person = &answers.recipients[0];
/// let note = compose(&answers, person, Channel::LinkedInInvite, 0);
/// assert_eq!(note, compose(&answers, person, Channel::LinkedInInvite, 0));
/// assert_ne!(note.body, compose(&answers, person, Channel::LinkedInInvite, 1).body);
/// ```
pub fn compose(answers: &Answers, recipient: &Recipient, channel: Channel, variant: u32) -> Note {
    let after = plan::After {
        written: &Written::default(),
        readings: &plan::Readings::default(),
        again: None,
        before: 0,
    };
    compose_after(answers, recipient, channel, variant, after)
}

/// One note of [`compose_all`]: whose, on which channel, and the note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composed {
    pub recipient: u32,
    pub channel: Channel,
    pub note: Note,
}

/// An earlier No from the same company, as the library holds it: the note
/// says truthfully that this is the second time, and repeats none of what
/// was written then.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Earlier {
    /// The earlier record's No (its role, date and stage are what is used).
    pub rejection: Rejection,
    /// The bodies of the notes written then, as sent or as composed.
    pub bodies: Vec<String>,
}

/// Composes every note of a record: for each person in turn, the channels
/// and wordings `notes(person)` lists, in the order the notes page shows
/// them ([`Draft::notes_to_show`](crate::domain::draft::Draft::notes_to_show)). Each note is written knowing what
/// the ones before it say (and what the `earlier` Nos from the company
/// said), and says none of it again: colleagues compare notes, and a card
/// that copies the email reads as a form.
///
/// ```
/// use kept_in_mind::domain::compose::compose_all;
/// use kept_in_mind::domain::model::{Answers, Channel, Recipient};
/// let mut answers = Answers::default();
/// answers.rejection.company = "Acme".into();
/// answers.style.channels = vec![Channel::EmailNew, Channel::Card];
/// for (id, name) in [(1, "Priya Shah"), (2, "Tom Reyes")] {
///     answers.recipients.push(Recipient { id, name: name.into(), ..Recipient::default() });
/// }
/// let notes = compose_all(&answers, &[], |p| answers.channels_for(p).into_iter().map(|c| (c, 0)).collect());
/// assert_eq!(notes.len(), 4);
/// assert_eq!(notes[1].channel, Channel::Card);
/// ```
pub fn compose_all(
    answers: &Answers,
    earlier: &[Earlier],
    notes: impl Fn(&Recipient) -> Vec<(Channel, u32)>,
) -> Vec<Composed> {
    let owns = owns(answers);
    let readings = plan::Readings::new(&owns);
    let mut written = Written::new(Own::merged(owns));
    for body in earlier.iter().flat_map(|e| &e.bodies) {
        written.add_earlier(body);
    }
    for person in &answers.recipients {
        written.add_thanks_to_come(&person.detail);
    }
    let again = earlier.first().map(|e| &e.rejection);
    let mut out = Vec::new();
    for person in &answers.recipients {
        written.next_person();
        readings.next_person();
        for (before, (channel, variant)) in notes(person).into_iter().enumerate() {
            let after = plan::After {
                written: &written,
                readings: &readings,
                again,
                before,
            };
            let note = compose_after(answers, person, channel, variant, after);
            written.add(&note.body);
            out.push(Composed {
                recipient: person.id,
                channel,
                note,
            });
        }
    }
    out
}

/// The user's values in the notes of a record, every person's: repeated
/// in two notes they are the user's, not a form's (`repetition::runs`).
/// The composer and the checker's shared findings read the same ones.
pub fn record_own(answers: &Answers) -> Own {
    Own::merged(owns(answers))
}

/// Each person's values, in the order of the record.
fn owns(answers: &Answers) -> Vec<Own> {
    answers
        .recipients
        .iter()
        .map(|person| values::Values::new(answers, person).own())
        .collect()
}

/// [`compose`], saying nothing the notes `after` holds where another
/// wording can, and saying that this is the second No when it is.
fn compose_after(
    answers: &Answers,
    recipient: &Recipient,
    channel: Channel,
    variant: u32,
    after: plan::After,
) -> Note {
    if let Some(earlier) = &answers.rejection.follows {
        return follow_up::note(answers, recipient, channel, variant, earlier);
    }
    let position = answers
        .recipients
        .iter()
        .position(|r| r == recipient)
        .or_else(|| answers.recipients.iter().position(|r| r.id == recipient.id))
        .unwrap_or(answers.recipients.len());
    let ctx = plan::Ctx::new(
        answers,
        recipient,
        channel,
        variant as usize + position,
        after,
    );
    let (body, left_out) = ctx.body(band(channel, ctx.v.stage, answers, recipient));
    Note {
        channel,
        subject: ctx.subject(),
        body,
        left_out,
    }
}

/// How many recipients of one draft are guaranteed distinct bodies: the
/// product of the sizes of the two wording tables every note carries (the
/// thanks and the ask), whose choices the recipient's position shifts.
pub const DISTINCT_RECIPIENTS: usize = 12;

#[cfg(test)]
mod tests {
    use super::{Note, Part, compose_all, phrases as p, sort_small_by_key};
    use crate::domain::check::has_hire_wish;
    use crate::domain::model::{
        Answers, Arrival, Ask, Channel, Recipient, Rejection, Relationship, Sender, Seniority,
        Stage, Style, Tone,
    };
    use crate::domain::text::fold;

    /// Over every stage, arrival, seniority and tone, with a recruiter, a
    /// hiring manager and a colleague who only met the user, each on email,
    /// LinkedIn message and card: what is said once to a company is said once. The
    /// hire is wished well by whoever decides, and not again after the
    /// email; "if anything changes" goes to whoever the asks go to.
    #[test]
    fn what_one_note_says_for_the_company_no_other_says_again() {
        let if_changes: Vec<String> = Tone::ALL
            .into_iter()
            .flat_map(|tone| p::IF_CHANGES.for_tone(tone))
            .map(|w| fold(w.split(" {").next().unwrap_or(w)))
            .collect();
        let (mut notes, mut wished, mut kept_open, mut runners_up) = (0, 0, 0, 0);
        // Tones and the other answers turn with the counter.
        for (i, (stage, arrival, seniority)) in Stage::ALL
            .into_iter()
            .flat_map(|s| Arrival::ALL.into_iter().map(move |a| (s, a)))
            .flat_map(|(s, a)| Seniority::ALL.into_iter().map(move |n| (s, a, n)))
            .enumerate()
        {
            let tone = Tone::ALL[i % Tone::ALL.len()];
            let person = |id: u32, name: &str, relationship| Recipient {
                id,
                name: name.into(),
                relationship: Some(relationship),
                detail: ["the depot handover", ""][i % 2].into(),
                ..Recipient::default()
            };
            let answers = Answers {
                rejection: Rejection {
                    company: "Northwind".into(),
                    job_title: "Operations Lead".into(),
                    stage: Some(stage),
                    arrival: Some(arrival),
                    ..Rejection::default()
                },
                recipients: vec![
                    person(1, "Ana Ruiz", Relationship::Recruiter),
                    person(2, "Priya Shah", Relationship::HiringManager),
                    person(3, "Ken Ito", Relationship::Panel),
                ],
                sender: Sender {
                    name: "Sam Lee".into(),
                    seniority: Some(seniority),
                    ..Sender::default()
                },
                ask: Ask {
                    wish_hire_well: i % 4 < 2,
                    ..Ask::default()
                },
                style: Style {
                    tone: Some(tone),
                    channels: vec![Channel::EmailNew, Channel::LinkedInMessage, Channel::Card],
                    ..Style::default()
                },
            };
            let composed = compose_all(&answers, &[], |r| {
                answers
                    .channels_for(r)
                    .into_iter()
                    .map(|c| (c, 0))
                    .collect()
            });
            for c in &composed {
                notes += 1;
                let person = answers.recipients.iter().find(|r| r.id == c.recipient);
                let Some(person) = person else { continue };
                let folded = fold(&c.note.body);
                let context = format!(
                    "{stage:?} {arrival:?} {seniority:?} {tone:?} {:?}",
                    c.channel
                );
                let only_met = person.relationship == Some(Relationship::Panel);
                let after_email = c.channel != Channel::EmailNew;
                if only_met || after_email {
                    assert!(!has_hire_wish(&folded), "{context}: {}", c.note.body);
                }
                let changes = if_changes.iter().any(|w| folded.contains(w.as_str()));
                if !answers.leads(person) {
                    assert!(!changes, "{context}: {}", c.note.body);
                }
                // Said once is still said: the runner-up's email to whoever
                // leads wishes the hire well and keeps the door open.
                let leads_email =
                    answers.leads(person) && c.channel == Channel::EmailNew && !only_met;
                if leads_email && stage == Stage::RunnerUp && arrival != Arrival::AgencyRecruiter {
                    wished += usize::from(has_hire_wish(&folded));
                    kept_open += usize::from(changes);
                    runners_up += 1;
                }
            }
        }
        assert!(notes > 1_000, "{notes} notes");
        assert_eq!(
            wished, runners_up,
            "every runner-up's lead email wishes the hire well"
        );
        assert!(
            kept_open * 2 > runners_up,
            "{kept_open} of {runners_up} keep the door open"
        );
    }

    #[test]
    fn what_is_left_out_is_said_in_one_sentence() {
        let note = |left_out: Vec<Part>| Note {
            channel: Channel::EmailReply,
            subject: None,
            body: String::new(),
            left_out,
        };
        assert_eq!(note(vec![]).left_out_text(), None);
        assert_eq!(
            note(vec![Part::Detail]).left_out_text().as_deref(),
            Some(
                "To keep to its usual length, this note leaves out the detail you noted. You can add it back by editing it."
            )
        );
        assert_eq!(
            note(vec![Part::Detail, Part::Strengths])
                .left_out_text()
                .as_deref(),
            Some(
                "To keep to its usual length, this note leaves out the detail you noted and your strengths. You can add them back by editing it."
            )
        );
    }

    fn check(input: &[(u8, char)]) {
        let mut ours = input.to_vec();
        sort_small_by_key(&mut ours, |&(key, _)| key);
        let mut std = input.to_vec();
        std.sort_by_key(|&(key, _)| key);
        assert_eq!(ours, std, "sorting {input:?}");
    }

    #[test]
    fn small_sort_matches_the_stable_standard_sort() {
        check(&[]);
        check(&[(1, 'a')]);
        check(&[(3, 'a'), (1, 'b'), (2, 'c')]);
        check(&[(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (2, 'f')]);
        check(&[(5, 'a'), (4, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')]);
    }
}
