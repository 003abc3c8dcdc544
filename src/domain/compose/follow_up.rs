//! The note for a record started with "A role opened there": to the same
//! people, about a new role at the same company, opening with a short, true
//! reference to the earlier conversation.
//!
//! It is not a thank-you for a No, so it has its own few sentences rather
//! than the plan's: the earlier role and month come from what the earlier
//! record held (`Rejection::follows`), and "we spoke" is said only when that record
//! went past the application. Everything else is the user's own answers.

use super::frames::offer;
use super::values::{Values, the_role_of};
use super::{Note, linkedin_limit};
use crate::domain::date::Date;
use crate::domain::model::{Answers, Channel, Recipient, Rejection, Stage, Tone};
use crate::domain::text::{as_sentence, char_count, is_clause, tidy, upper_first};

/// The follow-up note to `recipient` on `channel`; `variant` changes the
/// wording of the sentence about the new role.
pub(super) fn note(
    answers: &Answers,
    recipient: &Recipient,
    channel: Channel,
    variant: u32,
    earlier: &Rejection,
) -> Note {
    let v = Values::new(answers, recipient);
    let back = reference(&v, earlier);
    let new = if v.role.is_empty() {
        "a new role".to_owned()
    } else {
        v.the_role()
    };
    // Led by the role, not "I": the sentences around it are the writer's.
    let leads = upper_first(&new);
    let opened = if variant.is_multiple_of(2) {
        format!("{leads} is now open, and I am keen to be considered for it.")
    } else {
        format!("{leads} has just opened, and I am keen to be considered.")
    };
    let detail = if v.detail.is_empty() {
        String::new()
    } else if is_clause(&v.detail) {
        as_sentence(&v.detail)
    } else {
        format!("I still remember our conversation about {}.", v.detail)
    };
    // Sentences stand as typed; the rest are offered in one clause that fits them.
    let (said, phrases): (Vec<String>, Vec<String>) =
        v.strengths.iter().cloned().partition(|s| is_clause(s));
    let mut strengths: String = said.iter().map(|s| as_sentence(s) + " ").collect();
    if !phrases.is_empty() {
        strengths.push_str(&format!(
            "I am ready to {}. ",
            offer(&phrases, "your team", false)
        ));
    }
    let (ask, close, sign_off) = match v.tone {
        Tone::Formal => (
            "Should you think I could be a good fit, I would welcome the chance to talk.",
            "Thank you for your time.",
            "Kind regards,",
        ),
        Tone::Concise => (
            "If I could be a fit, I would be glad to talk.",
            "Thank you.",
            "Best,",
        ),
        Tone::Warm => (
            "If you think I could be a good fit, I would love to talk.",
            "Thanks, as ever, for your time.",
            "Best wishes,",
        ),
    };
    let greeting = v.greeting();
    let contact = match channel {
        Channel::EmailNew | Channel::Card => v.contact.as_str(),
        _ => "",
    };
    let signed = [sign_off, "\n", &v.sender, "\n", contact];
    // A call opens with who is calling.
    let hello = if v.sender.is_empty() {
        "Hello.".to_owned()
    } else {
        format!("Hello, it is {}.", v.sender)
    };
    let body = match channel {
        Channel::LinkedInInvite => {
            let connect =
                format!("I saw that {new} has opened and would be glad to connect. Thank you.");
            let limit = linkedin_limit(answers);
            let full = render(&[&[&greeting, " ", &back, " ", &connect]]);
            let body = if char_count(&full) <= limit {
                full
            } else if char_count(&connect) <= limit {
                connect
            } else {
                "Thank you, and I would be glad to connect.".to_owned()
            };
            return Note {
                channel,
                subject: None,
                body,
                left_out: Vec::new(),
            };
        }
        Channel::PhoneScript => render(&[&[&hello, " ", &back, " ", &opened], &[ask, " ", close]]),
        Channel::Card => render(&[
            &[&greeting],
            &[&back, " ", &opened, " ", ask, " ", close],
            &signed,
        ]),
        Channel::LinkedInMessage => render(&[
            &[&greeting],
            &[&back, " ", &opened],
            &[&strengths, ask, " ", close],
            &signed,
        ]),
        Channel::EmailReply | Channel::EmailNew => render(&[
            &[&greeting],
            &[&back, " ", &opened],
            &[&detail, " ", &strengths],
            &[ask, " ", close],
            &signed,
        ]),
    };
    let subject = match (v.role.is_empty(), v.sender.is_empty()) {
        (false, false) => format!("{} – {}", v.role, v.sender),
        _ => "Following up".to_owned(),
    };
    Note {
        channel,
        subject: matches!(channel, Channel::EmailReply | Channel::EmailNew).then_some(subject),
        body,
        left_out: Vec::new(),
    }
}

/// Paragraphs of pieces, the empty ones left out, tidied.
fn render(paragraphs: &[&[&str]]) -> String {
    let mut out = String::new();
    for pieces in paragraphs {
        let text = pieces.concat();
        let text = text.trim();
        if !text.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(text);
        }
    }
    tidy(&out)
}

/// "We spoke in March 2026 about the Operations Manager role at Northwind."
/// after a conversation; "I applied in March 2026 for …" when the earlier
/// record never went past the application (or does not say).
fn reference(v: &Values, earlier: &Rejection) -> String {
    let then = the_role_of(&v.earlier_role);
    let when =
        Date::parse(&earlier.date).map_or(String::new(), |d| format!(" in {}", d.month_year()));
    let at = if v.company.is_empty() {
        String::new()
    } else {
        format!(" at {}", v.company)
    };
    let talked = matches!(
        earlier.stage,
        Some(
            Stage::PhoneScreen
                | Stage::Interview
                | Stage::FinalRound
                | Stage::RunnerUp
                | Stage::Internal
        )
    );
    let hope = match v.tone {
        Tone::Formal => "I hope you are well. ",
        Tone::Warm => "I hope all is well. ",
        Tone::Concise => "",
    };
    if talked {
        format!("{hope}We spoke{when} about {then}{at}.")
    } else {
        format!("{hope}I applied{when} for {then}{at}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::compose::compose;
    use crate::domain::model::Relationship;

    fn answers(tone: Tone, stage: Option<Stage>, date: &str) -> Answers {
        let mut a = Answers::default();
        a.rejection.stage = stage;
        a.rejection.company = "Northwind Health".into();
        a.rejection.job_title = "Logistics Lead".into();
        a.rejection.follows = Some(Box::new(Rejection {
            job_title: "Operations Manager".into(),
            date: date.into(),
            stage,
            ..Rejection::default()
        }));
        a.sender.name = "Alex Morgan".into();
        a.sender.contact = "+44 7700 900123".into();
        a.sender.strengths = ["supply planning".into(), String::new()];
        a.style.tone = Some(tone);
        a.recipients.push(Recipient {
            id: 1,
            name: "Priya Shah".into(),
            relationship: Some(Relationship::HiringManager),
            ..Recipient::default()
        });
        a
    }

    fn check(a: &Answers, channel: Channel, has: &[&str], lacks: &[&str]) {
        let note = compose(a, &a.recipients[0], channel, 0);
        for want in has {
            assert!(
                note.body.contains(want),
                "{channel:?} lacks {want:?}:\n{}",
                note.body
            );
        }
        for never in lacks {
            assert!(
                !note.body.contains(never),
                "{channel:?} has {never:?}:\n{}",
                note.body
            );
        }
    }

    #[test]
    fn the_note_refers_back_to_what_the_earlier_record_holds() {
        let interview = answers(Tone::Warm, Some(Stage::Interview), "2026-03-12");
        let never = ["letting me know", "decision", "hire", "!", "[", "{"];
        check(
            &interview,
            Channel::EmailNew,
            &[
                "Hi Priya,",
                "We spoke in March 2026 about the Operations Manager role at Northwind Health.",
                "The Logistics Lead role is now open",
                "I am ready to bring my experience in supply planning to your team.",
                "Best wishes,\nAlex Morgan\n+44 7700 900123",
            ],
            &never,
        );
        check(
            &interview,
            Channel::EmailReply,
            &["We spoke in March 2026"],
            &["+44"],
        );
        check(
            &interview,
            Channel::Card,
            &["Operations Manager role", "Logistics Lead role"],
            &never,
        );
        check(
            &interview,
            Channel::PhoneScript,
            &["Hello, it is Alex Morgan. I hope all is well. We spoke in March 2026"],
            &["Hi Priya"],
        );
        let applied = answers(Tone::Formal, Some(Stage::ApplicationOnly), "");
        check(
            &applied,
            Channel::EmailNew,
            &[
                "Dear Priya,",
                "I applied for the Operations Manager role at Northwind Health.",
                "Kind regards,",
            ],
            &["We spoke", " in 20"],
        );
        let unknown = answers(Tone::Concise, None, "not a date");
        check(
            &unknown,
            Channel::LinkedInMessage,
            &["I applied for the Operations Manager role"],
            &["We spoke"],
        );
    }

    #[test]
    fn the_invitation_fits_and_another_wording_differs() {
        let mut a = answers(Tone::Warm, Some(Stage::RunnerUp), "2026-03-12");
        a.rejection.company = "Northwind Health and Social Care Partnership Trust".into();
        a.rejection.follows.as_mut().unwrap().job_title =
            "Senior Regional Operations and Logistics Planning Manager".into();
        let invite = compose(&a, &a.recipients[0], Channel::LinkedInInvite, 0);
        assert!(char_count(&invite.body) <= 200, "{}", invite.body);
        assert!(
            invite.body.contains("Logistics Lead role"),
            "{}",
            invite.body
        );
        let one = compose(&a, &a.recipients[0], Channel::EmailNew, 0);
        let two = compose(&a, &a.recipients[0], Channel::EmailNew, 1);
        assert_ne!(one.body, two.body);
        assert_eq!(one.subject.as_deref(), Some("Logistics Lead – Alex Morgan"));
    }

    /// The checker reads a follow-up as it reads every composed note: the
    /// earlier role is the user's own, and nothing is missing or invented.
    #[test]
    fn the_checker_finds_nothing_to_mend() {
        for tone in Tone::ALL {
            for stage in [Some(Stage::RunnerUp), Some(Stage::ApplicationOnly), None] {
                let a = answers(tone, stage, "2026-03-12");
                for channel in Channel::ALL {
                    for variant in 0..2 {
                        let note = compose(&a, &a.recipients[0], channel, variant);
                        let report = crate::domain::check::check(
                            note.subject.as_deref(),
                            &note.body,
                            channel,
                            &a,
                            &a.recipients[0],
                        );
                        assert_eq!(
                            report.findings,
                            vec![],
                            "{tone:?} {stage:?} {channel:?} {variant}:\n{}",
                            note.body
                        );
                    }
                }
            }
        }
    }
}
