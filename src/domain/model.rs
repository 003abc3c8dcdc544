//! The user's answers: everything a note may be built from.
//!
//! These types are what the wizard edits, what the composer reads and what
//! localStorage keeps. Each lists its fields once in `stored!` (see
//! `domain::record`): a missing field reads as its default, so a saved draft
//! from an older version with fewer fields still loads, and a field added
//! later starts empty instead of failing the load.
//! Choices the user has not made yet are `None` rather than a silent default,
//! so the wizard can ask for them; the composer falls back to the documented
//! defaults (`Stage::Interview`, `Tone::Warm`, …) when one is still missing.

use super::record::word::stored_enum;
use super::record::{Entry, stored};

/// All the answers of one draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Answers {
    pub rejection: Rejection,
    pub recipients: Vec<Recipient>,
    pub sender: Sender,
    pub ask: Ask,
    pub style: Style,
}

/// The order a person's notes are shown in: the one to send first, then
/// the rest in their usual order. The first is an email if there is one,
/// else a LinkedIn message, else the invitation, else the card; the phone
/// script only when it is all there is, since it is for a call back.
///
/// ```
/// use kept_in_mind::domain::model::{Channel, ordered};
/// assert_eq!(ordered(&[Channel::Card, Channel::EmailNew]), [Channel::EmailNew, Channel::Card]);
/// ```
pub fn ordered(channels: &[Channel]) -> Vec<Channel> {
    const FIRST: [Channel; 6] = [
        Channel::EmailReply,
        Channel::EmailNew,
        Channel::LinkedInMessage,
        Channel::LinkedInInvite,
        Channel::Card,
        Channel::PhoneScript,
    ];
    let mut shown = channels.to_vec();
    if let Some(main) = FIRST.into_iter().find(|c| channels.contains(c)) {
        shown.retain(|&c| c != main);
        shown.insert(0, main);
    }
    shown
}

impl Answers {
    /// The notes to write for `person`, in a stable order: the kinds the
    /// user picked for them ([`Recipient::channels`]), or else for everyone,
    /// fitted to the person's part.
    ///
    /// - A reply in the thread goes only to the person who wrote
    ///   ([`Answers::teller`]). Anyone else gets a new email when their
    ///   address is known; otherwise the reply is dropped for them, and if
    ///   nothing else was picked they get a LinkedIn invitation, the one way
    ///   to reach someone with no address and no thread.
    /// - The phone script (what to say if they call the caller back) is
    ///   written only when asked for, only when the No came by phone, and
    ///   only for the person who called.
    /// - A person's own choice left empty gets nothing (the style page asks
    ///   for one).
    pub fn channels_for(&self, person: &Recipient) -> Vec<Channel> {
        let arrival = self.rejection.arrival.unwrap_or_default();
        let told = self.told(person);
        let chosen = person.channels.as_ref().unwrap_or(&self.style.channels);
        let picked = |c| chosen.contains(&c);
        let mut out: Vec<Channel> = Channel::ALL
            .into_iter()
            .filter(|&c| match c {
                Channel::EmailReply => picked(c) && told,
                Channel::EmailNew => {
                    picked(c)
                        || (picked(Channel::EmailReply) && !told && !person.email.trim().is_empty())
                }
                Channel::PhoneScript => picked(c) && told && arrival == Arrival::PhoneCall,
                _ => picked(c),
            })
            .collect();
        if out.is_empty() && !chosen.is_empty() {
            out.push(Channel::LinkedInInvite);
        }
        out
    }

    /// The kinds of note `person` may be given on the style page: those the
    /// user may pick ([`Answers::pickable_channels`]), less the reply in the
    /// thread and the phone script unless they brought the news.
    pub fn pickable_for(&self, person: &Recipient) -> Vec<Channel> {
        let told = self.told(person);
        let mut out = self.pickable_channels();
        out.retain(|&c| told || !matches!(c, Channel::EmailReply | Channel::PhoneScript));
        out
    }

    /// Whether `who` (a person's id, or everyone when `None`) gets `channel`:
    /// what the style page's boxes show.
    pub fn gets(&self, who: Option<u32>, channel: Channel) -> bool {
        match who.and_then(|id| self.recipients.iter().find(|r| r.id == id)) {
            Some(person) => self.channels_for(person).contains(&channel),
            None => self.style.channels.contains(&channel),
        }
    }

    /// Turns one kind of note on or off for everyone (`who` is `None`) or
    /// for one person alone, who from then on keeps a choice of their own,
    /// starting from what they were getting.
    pub fn set_channel_for(&mut self, who: Option<u32>, channel: Channel, on: bool) {
        let Some(id) = who else {
            return set_channel(&mut self.style.channels, channel, on);
        };
        let Some(at) = self.recipients.iter().position(|r| r.id == id) else {
            return;
        };
        let mut own = self.channels_for(&self.recipients[at]);
        set_channel(&mut own, channel, on);
        self.recipients[at].channels = Some(own);
    }

    /// Whether `person` brought the news: they are [`Answers::teller`], or,
    /// not on the list (a preview), they may have ([`Recipient::may_have_told`]).
    pub fn told(&self, person: &Recipient) -> bool {
        if self.recipients.iter().any(|r| r.id == person.id) {
            self.teller() == Some(person.id)
        } else {
            person.may_have_told(self.rejection.arrival.unwrap_or_default())
        }
    }

    /// Whether `person` is the one the record's asks go to: the person who
    /// brought the news, or, when nobody on the list did, the first on it.
    pub fn leads(&self, person: &Recipient) -> bool {
        self.told(person)
            || (self.teller().is_none()
                && self.recipients.first().is_none_or(|r| r.id == person.id))
    }

    /// The id of the one person who brought the news: the first on the list
    /// who may have ([`Recipient::may_have_told`]). Only they are thanked for
    /// it, asked about the decision, or written a reply in their thread.
    pub fn teller(&self) -> Option<u32> {
        let arrival = self.rejection.arrival.unwrap_or_default();
        self.recipients
            .iter()
            .find(|r| r.may_have_told(arrival))
            .map(|r| r.id)
    }

    /// Records how the No arrived, and keeps the channels (everyone's, and
    /// each person's own) in step: a call
    /// leaves no thread to reply in, so a reply in the thread becomes a new
    /// email; an email brings the reply back, and drops the phone script.
    ///
    /// ```
    /// use kept_in_mind::domain::model::{Answers, Arrival, Channel};
    /// let mut answers = Answers::default();
    /// answers.set_arrival(Arrival::PhoneCall);
    /// assert_eq!(answers.style.channels, [Channel::EmailNew]);
    /// answers.set_arrival(Arrival::RecruiterEmail);
    /// assert_eq!(answers.style.channels, [Channel::EmailReply]);
    /// ```
    pub fn set_arrival(&mut self, arrival: Arrival) {
        let was_phone = self.rejection.arrival == Some(Arrival::PhoneCall);
        let own = self
            .recipients
            .iter_mut()
            .filter_map(|r| r.channels.as_mut());
        for channels in std::iter::once(&mut self.style.channels).chain(own) {
            let has = |channels: &Vec<Channel>, c| channels.contains(&c);
            if arrival == Arrival::PhoneCall {
                if has(channels, Channel::EmailReply) {
                    set_channel(channels, Channel::EmailReply, false);
                    set_channel(channels, Channel::EmailNew, true);
                }
            } else if was_phone {
                set_channel(channels, Channel::PhoneScript, false);
                if has(channels, Channel::EmailNew) && !has(channels, Channel::EmailReply) {
                    set_channel(channels, Channel::EmailNew, false);
                    set_channel(channels, Channel::EmailReply, true);
                }
            }
        }
        self.rejection.arrival = Some(arrival);
    }

    /// The channels the user may pick: no reply in a thread when the No came
    /// by phone (there is none), and the phone script only then.
    pub fn pickable_channels(&self) -> Vec<Channel> {
        let by_phone = self.rejection.arrival == Some(Arrival::PhoneCall);
        Channel::ALL
            .into_iter()
            .filter(|&c| match c {
                Channel::EmailReply => !by_phone,
                Channel::PhoneScript => by_phone,
                _ => true,
            })
            .collect()
    }
}

impl Recipient {
    /// Whether this person may have brought the news, so may be thanked for
    /// it: never an interviewer or a panel member, and not the recruiter
    /// when the hiring manager wrote (nor the other way round).
    pub fn may_have_told(&self, arrival: Arrival) -> bool {
        match (arrival, self.relationship) {
            (_, None) => true,
            (_, Some(Relationship::Interviewer | Relationship::Panel)) => false,
            (Arrival::HiringManagerEmail, Some(r)) => r == Relationship::HiringManager,
            (Arrival::RecruiterEmail, Some(r)) => r == Relationship::Recruiter,
            (Arrival::AgencyRecruiter, Some(r)) => r != Relationship::HiringManager,
            (Arrival::PhoneCall | Arrival::LongSilence, Some(_)) => true,
        }
    }
}

/// The No itself: which job, how far the user got, how the news arrived.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Rejection {
    pub company: String,
    pub job_title: String,
    pub stage: Option<Stage>,
    pub arrival: Option<Arrival>,
    /// Whether they said they would keep the user in mind (or on file).
    pub said_keep_in_mind: Option<bool>,
    /// The date the No arrived: `YYYY-MM-DD` once real, the three boxes as
    /// typed before that (`date::entry`), or empty.
    pub date: String,
    /// The subject line of their email, for a reply in the thread (optional).
    pub original_subject: String,
    /// The earlier No this record follows, when it was started with "A role
    /// opened there", copied from that record as it was (without its own
    /// `follows`), so the note's reference back stays true even if that
    /// record is changed or deleted. Not written at all otherwise, so other
    /// records stay as they were and reuse this type's reading code.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub follows: Option<Box<Rejection>>,
    /// Whether their email offered feedback, as the email reader found it;
    /// the note then takes up the offer rather than asking anew. Not written
    /// while unknown, so records without a pasted email stay as they were.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub offered_feedback: Option<bool>,
    /// Whether their email offered a call to talk it over (as above).
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub offered_call: Option<bool>,
}

stored_enum! {
    /// The furthest stage the user reached.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Stage {
        ApplicationOnly = "application_only",
        PhoneScreen = "phone_screen",
        #[default]
        Interview = "interview",
        FinalRound = "final_round",
        /// Told they were the runner-up, or that it was close.
        RunnerUp = "runner_up",
        /// An internal candidate: the role went to someone else.
        Internal = "internal",
        /// The role was cancelled or put on hold.
        RoleCancelled = "role_cancelled",
    }
}

stored_enum! {
    /// How the No arrived.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Arrival {
        #[default]
        HiringManagerEmail = "hiring_manager_email",
        RecruiterEmail = "recruiter_email",
        /// An agency or search-firm recruiter: reply to them, not the client.
        AgencyRecruiter = "agency_recruiter",
        PhoneCall = "phone_call",
        /// After a long silence (the user was left waiting).
        LongSilence = "long_silence",
    }
}

/// One person the user is writing to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Recipient {
    /// Stable within a draft, so edits and removals follow the right person.
    pub id: u32,
    /// Their full name, spelled as they sign.
    pub name: String,
    pub address: AddressForm,
    /// "Ms", "Dr", "Mr", … used only with [`AddressForm::TitleAndSurname`].
    pub honorific: String,
    /// Their job title (optional).
    pub job_title: String,
    pub relationship: Option<Relationship>,
    /// Their email address (optional); used for the mail link.
    pub email: String,
    /// One specific thing the user talked about or valued with them (optional).
    pub detail: String,
    /// The kinds of note the user chose for this person alone; `None` while
    /// they get what was chosen for everyone ([`Answers::channels_for`]).
    /// Not written while `None`, so records from before stay as they were.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub channels: Option<Vec<Channel>>,
}

stored_enum! {
    /// How the greeting addresses the recipient.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum AddressForm {
        /// "Hi Priya,"
        #[default]
        FirstName = "first_name",
        /// "Dear Ms Novak,"
        TitleAndSurname = "title_and_surname",
    }
}

stored_enum! {
    /// The recipient's part in the process.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Relationship {
        #[default]
        HiringManager = "hiring_manager",
        Interviewer = "interviewer",
        Recruiter = "recruiter",
        AgencyRecruiter = "agency_recruiter",
        /// A member of the interview panel.
        Panel = "panel",
    }
}

/// The person writing the note.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Sender {
    pub name: String,
    /// A phone number or LinkedIn address for the sign-off (optional).
    pub contact: String,
    pub seniority: Option<Seniority>,
    /// What the user admires about the company (optional).
    pub admire: String,
    /// Up to two short strengths to restate (each optional).
    pub strengths: [String; 2],
}

stored_enum! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Seniority {
        /// Intern, entry level or new graduate.
        Entry = "entry",
        #[default]
        Mid = "mid",
        Senior = "senior",
        Executive = "executive",
    }
}

impl Sender {
    /// The strengths given, trimmed, one per line: how the check page shows
    /// them and how another job's are compared.
    pub fn strengths_text(&self) -> String {
        let given: Vec<&str> = self
            .strengths
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        given.join("\n")
    }
}

impl Seniority {
    /// Senior and executive candidates may offer help, peer to peer.
    pub fn is_senior(self) -> bool {
        matches!(self, Seniority::Senior | Seniority::Executive)
    }
}

/// What the user asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Ask {
    pub keep_in_mind_for: Option<KeepInMindFor>,
    /// A related role the user names, for [`KeepInMindFor::RelatedRoles`] (optional).
    pub related_role: String,
    pub feedback: bool,
    pub linkedin: bool,
    /// Wish the person hired well.
    pub wish_hire_well: bool,
    /// Offer to help (senior and executive only).
    pub offer_help: bool,
    /// What the user offers: a resource or an introduction (optional).
    pub help_offer: String,
}

stored_enum! {
    /// What to be kept in mind for; it decides which reason the note leans on.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum KeepInMindFor {
        /// This role, if circumstances change (the first choice declines or leaves).
        ThisRole = "this_role",
        /// Related roles that need similar strengths.
        RelatedRoles = "related_roles",
        /// Future openings.
        #[default]
        FutureOpenings = "future_openings",
        /// A role that takes shape around what the user offers.
        NewRole = "new_role",
    }
}

/// How the note should sound and where it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Style {
    pub tone: Option<Tone>,
    pub length: Option<Length>,
    pub channels: Vec<Channel>,
    /// LinkedIn Premium raises the invitation limit from 200 to 300 characters.
    pub linkedin_premium: bool,
}

impl Style {
    /// Turns one channel on or off, keeping the others as they are.
    pub fn set_channel(&mut self, channel: Channel, on: bool) {
        set_channel(&mut self.channels, channel, on);
    }
}

fn set_channel(channels: &mut Vec<Channel>, channel: Channel, on: bool) {
    channels.retain(|&c| c != channel);
    if on {
        channels.push(channel);
    }
}

impl Default for Style {
    fn default() -> Self {
        Style {
            tone: None,
            length: None,
            channels: vec![Channel::EmailReply],
            linkedin_premium: false,
        }
    }
}

stored_enum! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Tone {
        #[default]
        Warm = "warm",
        Formal = "formal",
        Concise = "concise",
    }
}

stored_enum! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Length {
        Short = "short",
        #[default]
        Standard = "standard",
    }
}

stored_enum! {
    /// Where a note is sent.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Channel {
        /// A reply in their email thread.
        EmailReply = "email_reply",
        /// A new email.
        EmailNew = "email_new",
        /// A LinkedIn invitation note (200 characters, 300 with Premium).
        LinkedInInvite = "linkedin_invite",
        /// A LinkedIn message once connected.
        LinkedInMessage = "linkedin_message",
        /// A handwritten card.
        Card = "card",
        /// A short script for the phone call, when the No came by phone.
        PhoneScript = "phone_script",
    }
}

impl Channel {
    pub fn is_email(self) -> bool {
        matches!(self, Channel::EmailReply | Channel::EmailNew)
    }
}

stored!(Answers {
    rejection,
    recipients,
    sender,
    ask,
    style
});
stored!(Rejection {
    company,
    job_title,
    stage,
    arrival,
    said_keep_in_mind,
    date,
    original_subject,
    follows unless Option::is_none,
    offered_feedback unless Option::is_none,
    offered_call unless Option::is_none
});
stored!(Recipient {
    id,
    name,
    address,
    honorific,
    job_title,
    relationship,
    email,
    detail,
    channels unless Option::is_none
});
stored!(Sender {
    name,
    contact,
    seniority,
    admire,
    strengths
});
stored!(Ask {
    keep_in_mind_for,
    related_role,
    feedback,
    linkedin,
    wish_hire_well,
    offer_help,
    help_offer
});
stored!(Style {
    tone,
    length,
    channels,
    linkedin_premium
});

/// People are matched by id when two tabs' lists are merged.
impl Entry for Recipient {
    const KEYED: bool = true;

    fn key(&self) -> u64 {
        u64::from(self.id)
    }
}

/// The channels chosen are one answer.
impl Entry for Channel {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phone script answers a call, so only someone who may have made it
    /// gets one; the chosen channels go to everyone.
    #[test]
    fn the_phone_script_goes_only_to_whoever_may_have_called() {
        let person = |relationship| Recipient {
            relationship,
            ..Recipient::default()
        };
        let mut answers = Answers::default();
        // (arrival, their part, asked for the script, gets it)
        let cases = [
            (
                Arrival::PhoneCall,
                Some(Relationship::HiringManager),
                true,
                true,
            ),
            (
                Arrival::PhoneCall,
                Some(Relationship::Recruiter),
                true,
                true,
            ),
            (Arrival::PhoneCall, None, true, true),
            (
                Arrival::PhoneCall,
                Some(Relationship::HiringManager),
                false,
                false,
            ),
            (Arrival::PhoneCall, Some(Relationship::Panel), true, false),
            (
                Arrival::PhoneCall,
                Some(Relationship::Interviewer),
                true,
                false,
            ),
            (
                Arrival::HiringManagerEmail,
                Some(Relationship::HiringManager),
                true,
                false,
            ),
        ];
        for (arrival, relationship, asked, script) in cases {
            answers.rejection.arrival = Some(arrival);
            answers.style.channels = vec![Channel::EmailNew];
            if asked {
                answers.style.channels.push(Channel::PhoneScript);
            }
            let mut want = vec![Channel::EmailNew];
            if script {
                want.push(Channel::PhoneScript);
            }
            assert_eq!(
                answers.channels_for(&person(relationship)),
                want,
                "{arrival:?} {relationship:?} {asked}"
            );
        }
    }

    /// The channels follow the arrival: a call has no thread to reply in.
    #[test]
    fn channels_follow_how_the_no_arrived() {
        let mut answers = Answers::default();
        assert_eq!(answers.style.channels, [Channel::EmailReply]);
        answers.set_arrival(Arrival::PhoneCall);
        assert_eq!(answers.style.channels, [Channel::EmailNew]);
        assert!(!answers.pickable_channels().contains(&Channel::EmailReply));
        assert!(answers.pickable_channels().contains(&Channel::PhoneScript));
        answers.style.set_channel(Channel::PhoneScript, true);
        answers.set_arrival(Arrival::RecruiterEmail);
        assert_eq!(answers.style.channels, [Channel::EmailReply]);
        assert!(!answers.pickable_channels().contains(&Channel::PhoneScript));
        // A choice the user made stays.
        answers.style.channels = vec![Channel::Card, Channel::EmailNew, Channel::EmailReply];
        answers.set_arrival(Arrival::PhoneCall);
        assert_eq!(answers.style.channels, [Channel::Card, Channel::EmailNew]);
    }

    /// Each person's notes fit their part: the reply goes to whoever wrote,
    /// the others get a new email when their address is known, else what
    /// else was picked, else a LinkedIn invitation; the script goes only to
    /// the one who called. A person's own choice replaces what was picked
    /// for them, still fitted to their part, and left empty gives nothing.
    #[test]
    fn each_person_gets_the_notes_that_fit_their_part() {
        use Channel::*;
        use Relationship::*;
        // (how the No came, the people as (part, address, own choice), what was picked, each person's notes)
        fn check(
            arrival: Arrival,
            people: &[(Relationship, &str, Option<&[Channel]>)],
            picked: &[Channel],
            want: &[&[Channel]],
        ) {
            let mut answers = Answers::default();
            answers.rejection.arrival = Some(arrival);
            answers.style.channels = picked.to_vec();
            answers.recipients = people
                .iter()
                .enumerate()
                .map(|(i, &(part, email, own))| Recipient {
                    id: i as u32 + 1,
                    relationship: Some(part),
                    email: email.into(),
                    channels: own.map(<[Channel]>::to_vec),
                    ..Recipient::default()
                })
                .collect();
            let got: Vec<Vec<Channel>> = answers
                .recipients
                .iter()
                .map(|p| answers.channels_for(p))
                .collect();
            assert_eq!(got, want, "{arrival:?} {people:?} {picked:?}");
        }
        let mail = "a@example.com";
        check(Arrival::RecruiterEmail, &[], &[EmailReply], &[]);
        check(
            Arrival::HiringManagerEmail,
            &[
                (HiringManager, "", None),
                (Interviewer, mail, None),
                (Panel, "", None),
            ],
            &[EmailReply],
            &[&[EmailReply], &[EmailNew], &[LinkedInInvite]],
        );
        check(
            Arrival::HiringManagerEmail,
            &[(HiringManager, "", None), (Interviewer, "", None)],
            &[EmailReply, LinkedInInvite],
            &[&[EmailReply, LinkedInInvite], &[LinkedInInvite]],
        );
        // Only the first who may have told is the one who did.
        check(
            Arrival::PhoneCall,
            &[
                (HiringManager, "", None),
                (HiringManager, "", None),
                (Panel, "", None),
            ],
            &[EmailNew, Card, PhoneScript],
            &[
                &[EmailNew, Card, PhoneScript],
                &[EmailNew, Card],
                &[EmailNew, Card],
            ],
        );
        check(
            Arrival::AgencyRecruiter,
            &[(HiringManager, "", None), (AgencyRecruiter, "", None)],
            &[EmailReply, Card],
            &[&[Card], &[EmailReply, Card]],
        );
        let email = Arrival::HiringManagerEmail;
        // Two who may have told, both with an address: the first did.
        fn both<'a>(
            first: Option<&'a [Channel]>,
            second: Option<&'a [Channel]>,
        ) -> [(Relationship, &'a str, Option<&'a [Channel]>); 2] {
            let mail = "a@example.com";
            [(HiringManager, mail, first), (HiringManager, mail, second)]
        }
        check(
            email,
            &both(Some(&[EmailReply, Card]), Some(&[LinkedInMessage])),
            &[EmailReply],
            &[&[EmailReply, Card], &[LinkedInMessage]],
        );
        // Only the one who told gets the reply or the script, whatever was chosen.
        check(
            email,
            &both(None, Some(&[EmailReply, Card])),
            &[Card],
            &[&[Card], &[EmailNew, Card]],
        );
        check(
            Arrival::PhoneCall,
            &both(Some(&[PhoneScript]), Some(&[PhoneScript])),
            &[EmailNew],
            &[&[PhoneScript], &[LinkedInInvite]],
        );
        check(
            email,
            &both(Some(&[PhoneScript]), None),
            &[EmailReply],
            &[&[LinkedInInvite], &[EmailNew]],
        );
        // A choice emptied is empty, not everyone's.
        check(
            email,
            &both(None, Some(&[])),
            &[EmailReply],
            &[&[EmailReply], &[]],
        );
    }

    /// Changing one person's notes starts from what they were getting and
    /// leaves everyone else's as it was; the style page offers only what
    /// fits their part; a new way of hearing the news reaches their choice.
    #[test]
    fn one_persons_notes_change_alone() {
        use Channel::*;
        let mut answers = Answers::default();
        answers.rejection.arrival = Some(Arrival::HiringManagerEmail);
        for id in [1, 2] {
            answers.recipients.push(Recipient {
                id,
                relationship: Some(Relationship::HiringManager),
                email: "a@example.com".into(),
                ..Recipient::default()
            });
        }
        answers.set_channel_for(Some(2), Card, true);
        answers.set_channel_for(Some(9), Card, true);
        assert_eq!(answers.recipients[0].channels, None);
        assert_eq!(answers.recipients[1].channels, Some(vec![EmailNew, Card]));
        assert_eq!(answers.channels_for(&answers.recipients[0]), [EmailReply]);
        assert!(
            answers.gets(Some(2), Card)
                && !answers.gets(None, Card)
                && !answers.gets(Some(1), Card)
        );
        answers.set_channel_for(None, LinkedInMessage, true);
        assert!(answers.gets(Some(1), LinkedInMessage) && !answers.gets(Some(2), LinkedInMessage));
        answers.set_channel_for(None, LinkedInMessage, false);
        let [first, second] = [0, 1].map(|i| answers.pickable_for(&answers.recipients[i]));
        assert!(first.contains(&EmailReply) && !second.contains(&EmailReply));
        answers.set_channel_for(Some(1), Card, true);
        answers.set_arrival(Arrival::PhoneCall);
        assert_eq!(answers.recipients[0].channels, Some(vec![Card, EmailNew]));
        assert!(
            answers
                .pickable_for(&answers.recipients[0])
                .contains(&PhoneScript)
        );
        assert!(
            !answers
                .pickable_for(&answers.recipients[1])
                .contains(&PhoneScript)
        );
        answers.set_channel_for(Some(1), PhoneScript, true);
        answers.set_arrival(Arrival::RecruiterEmail);
        assert_eq!(answers.recipients[0].channels, Some(vec![Card, EmailReply]));
    }
}
