//! The coach's slips (issue 21, `tests/review_set/verdicts.md`), each a
//! case for the rule that catches it, and the good notes it must leave be.

use super::*;
use crate::domain::model::{Answers, Channel, Recipient, Rejection, Sender, Seniority, Stage};
use crate::domain::repetition::Repeat;

fn base() -> Answers {
    Answers {
        rejection: Rejection {
            company: "Kestrel Labs".into(),
            job_title: "Product Designer".into(),
            stage: Some(Stage::Interview),
            ..Default::default()
        },
        recipients: vec![
            Recipient {
                id: 1,
                name: "Priya Shah".into(),
                ..Default::default()
            },
            Recipient {
                id: 2,
                name: "Tom Fletcher".into(),
                ..Default::default()
            },
        ],
        sender: Sender {
            name: "Sam Lee".into(),
            ..Default::default()
        },
        ..Default::default()
    }
}

const GOOD: &str = "Hi Priya,\n\nThank you for letting me know, and for the time you gave me during the interviews. \
I'm disappointed not to be moving forward with the Product Designer role, but I understand and respect the decision.\n\n\
I especially enjoyed our talk about the design system. I'm still very interested in Kestrel Labs.\n\n\
Please keep me in mind for future openings.\n\nI wish you and the team all the best.\n\nWarm regards,\nSam Lee";

/// What the checker finds in `body`, sent on `channel` to the first person
/// of the answers `setup` makes from [`base`].
fn check_note(setup: fn(&mut Answers), channel: Channel, body: &str) -> Vec<Finding> {
    let mut answers = base();
    setup(&mut answers);
    let recipient = answers.recipients[0].clone();
    let subject = channel.is_email().then_some("Thank you – Sam Lee");
    check(subject, body, channel, &answers, &recipient).findings
}

fn none(_: &mut Answers) {}

type Case = (
    fn(&mut Answers),
    Channel,
    &'static str,
    &'static str,
    fn(&Finding) -> bool,
);

/// Each slip as a text replaced in [`GOOD`], and the finding it must bring.
#[test]
fn each_slip_is_found() {
    use Channel::*;
    let cases: &[Case] = &[
        // A card alone says the user is still keen.
        (
            |a| a.style.channels = vec![Channel::Card],
            Card,
            "I'm still very interested in Kestrel Labs.",
            "It gave me a lot to think about.",
            |f| matches!(f, Finding::NoInterest),
        ),
        // The company named only in thanks passed on is no line of interest.
        (
            none,
            EmailNew,
            "I'm still very interested in Kestrel Labs.",
            "Do tell the team at Kestrel Labs I appreciated their time.",
            |f| matches!(f, Finding::NoInterest),
        ),
        (
            none,
            EmailNew,
            "the Product Designer role",
            "the Product Designer role role",
            |f| matches!(f, Finding::Doubled { words } if words == "role role"),
        ),
        (
            none,
            EmailNew,
            "I especially enjoyed",
            "I the the especially enjoyed",
            |f| matches!(f, Finding::Doubled { words } if words == "the the"),
        ),
        (
            none,
            EmailNew,
            "our talk about",
            "our talk about the role the role",
            |f| matches!(f, Finding::Doubled { words } if words == "the role the role"),
        ),
        (
            none,
            EmailNew,
            "I'm disappointed not to be moving forward with",
            "It was a close decision. I'm sorry about",
            |f| matches!(f, Finding::RepeatedWord { word } if word == "decision"),
        ),
        (
            none,
            EmailNew,
            "I especially enjoyed our talk about the design system. I'm still very",
            "I particularly valued our talk about the design system. I'm particularly",
            |f| matches!(f, Finding::RepeatedWord { word } if word == "particularly"),
        ),
        (
            none,
            EmailNew,
            "I especially enjoyed our talk about the design system. I'm still very interested",
            "Our talk about the design system was really useful. I remain really interested",
            |f| matches!(f, Finding::RepeatedWord { word } if word == "really"),
        ),
        (
            none,
            EmailNew,
            "I'm still very interested",
            "I'm grateful for it. I remain very interested",
            |f| {
                matches!(
                    f,
                    Finding::Repetition {
                        repeat: Repeat::Writer
                    }
                )
            },
        ),
        (
            none,
            EmailNew,
            "I wish you and the team all the best.\n\nWarm regards,",
            "I wish the team all the best.\n\nAll the best,",
            |f| matches!(f, Finding::Repetition { repeat: Repeat::Phrase(p) } if p == "All the best"),
        ),
        (
            none,
            EmailNew,
            "I'm still very interested in Kestrel Labs.\n\n",
            "\n\nI'm still keen on Kestrel Labs.\n\n",
            |f| matches!(f, Finding::Choppy { sentence } if sentence == "I'm still keen on Kestrel Labs."),
        ),
        (
            none,
            EmailNew,
            "I especially enjoyed our talk about the design system. I'm still very interested in Kestrel Labs.",
            "I especially enjoyed our talk about the design system.",
            |f| matches!(f, Finding::Choppy { .. }),
        ),
        (
            none,
            EmailNew,
            "I'm disappointed not to be",
            "I appreciate you telling me. I'm disappointed not to be",
            |f| matches!(f, Finding::ThanksTwice { again } if again == "I appreciate you telling me."),
        ),
        (
            none,
            EmailNew,
            "I wish you",
            "Thanks again for letting me know. I wish you",
            |f| matches!(f, Finding::ThanksTwice { .. }),
        ),
        (
            |a| a.style.channels = vec![Channel::EmailNew, Channel::LinkedInMessage],
            EmailNew,
            "I wish you",
            "With your permission, I will send you an invitation to connect on LinkedIn. I wish you",
            |f| {
                matches!(
                    f,
                    Finding::LinkedInClash {
                        clash: Clash::AlreadyConnected,
                        ..
                    }
                )
            },
        ),
        (
            none,
            LinkedInMessage,
            "Please keep me in mind",
            "I'll send you a LinkedIn invitation. Please keep me in mind",
            |f| {
                matches!(
                    f,
                    Finding::LinkedInClash {
                        clash: Clash::AlreadyConnected,
                        ..
                    }
                )
            },
        ),
        (
            |a| a.style.channels = vec![Channel::EmailNew, Channel::LinkedInInvite],
            EmailNew,
            "I wish you",
            "I'll message you on LinkedIn. I wish you",
            |f| {
                matches!(
                    f,
                    Finding::LinkedInClash {
                        clash: Clash::NotConnected,
                        ..
                    }
                )
            },
        ),
        (
            none,
            LinkedInInvite,
            "Please keep me in mind",
            "I'll send you a LinkedIn invitation. Please keep me in mind",
            |f| {
                matches!(
                    f,
                    Finding::LinkedInClash {
                        clash: Clash::ThisIsTheInvitation,
                        ..
                    }
                )
            },
        ),
        (
            |a| a.ask.feedback = true,
            EmailNew,
            "",
            "",
            |f| {
                matches!(
                    f,
                    Finding::AskDropped {
                        ask: Ticked::Feedback
                    }
                )
            },
        ),
        (
            |a| a.ask.linkedin = true,
            EmailNew,
            "",
            "",
            |f| {
                matches!(
                    f,
                    Finding::AskDropped {
                        ask: Ticked::LinkedIn
                    }
                )
            },
        ),
        (
            |a| a.ask.wish_hire_well = true,
            EmailNew,
            "",
            "",
            |f| {
                matches!(
                    f,
                    Finding::AskDropped {
                        ask: Ticked::WishHireWell
                    }
                )
            },
        ),
        (
            |a| {
                a.ask.offer_help = true;
                a.sender.seniority = Some(Seniority::Senior);
            },
            EmailNew,
            "",
            "",
            |f| {
                matches!(
                    f,
                    Finding::AskDropped {
                        ask: Ticked::OfferHelp
                    }
                )
            },
        ),
        (
            none,
            EmailNew,
            "I especially enjoyed our talk about the design system.",
            "I especially enjoyed the chat abt q3 roadmap.",
            |f| matches!(f, Finding::TextSpeak { word, instead: "about" } if word == "abt"),
        ),
        (
            none,
            EmailNew,
            "I especially enjoyed our talk about the design system.",
            "She was rlly helpful w the schedule.",
            |f| matches!(f, Finding::TextSpeak { word, instead: "really" } if word == "rlly"),
        ),
        (
            none,
            EmailNew,
            "Please keep me in mind",
            "Pls keep me in mind",
            |f| {
                matches!(
                    f,
                    Finding::TextSpeak {
                        instead: "please",
                        ..
                    }
                )
            },
        ),
        (
            |a| a.recipients[0].name = "jen torres".into(),
            EmailNew,
            "Hi Priya,",
            "Hi jen,",
            |f| matches!(f, Finding::LowerCase { found, expected } if found == "jen" && expected == "Jen"),
        ),
        (
            |a| a.rejection.company = "northway freight".into(),
            EmailNew,
            "Kestrel Labs.\n\nPlease",
            "northway freight.\n\nPlease",
            |f| matches!(f, Finding::LowerCase { expected, .. } if expected == "Northway Freight"),
        ),
        (
            none,
            EmailNew,
            "I especially enjoyed our talk about the design system.",
            "I especially enjoyed our talk about opening the leeds store.",
            |f| matches!(f, Finding::LowerCase { found, expected } if found == "leeds" && expected == "Leeds"),
        ),
        (
            |a| a.sender.name = "marcus webb".into(),
            EmailNew,
            "Sam Lee",
            "marcus webb",
            |f| matches!(f, Finding::LowerCase { expected, .. } if expected == "Marcus Webb"),
        ),
        (
            none,
            EmailNew,
            "I especially enjoyed our talk about the design system.",
            "She was really helpful with the schedule. I really enjoyed that.",
            |f| matches!(f, Finding::AboutThem { pronoun, .. } if pronoun == "She"),
        ),
        (
            none,
            EmailNew,
            "I especially enjoyed our talk about the design system.",
            "I'm still thinking about what she said about parent evenings.",
            |f| matches!(f, Finding::AboutThem { pronoun, .. } if pronoun == "she"),
        ),
        (
            none,
            Card,
            "I especially enjoyed our talk about the design system.",
            "I especially enjoyed his work on waiting-list triage.",
            |f| matches!(f, Finding::AboutThem { pronoun, .. } if pronoun == "his"),
        ),
    ];
    for (setup, channel, from, to, is_expected) in cases {
        let body = GOOD.replacen(from, to, 1);
        assert!(from.is_empty() || body != GOOD, "{from:?} not in the note");
        let findings = check_note(*setup, *channel, &body);
        assert!(findings.iter().any(is_expected), "{to:?}: {findings:#?}");
        for finding in &findings {
            assert!(!finding.message().is_empty());
        }
        let report = Report::from_findings(findings);
        assert!(report.score < 10.0, "{to:?} should cost points");
    }
}

/// What good notes say, which no rule may take for a slip.
#[test]
fn good_notes_are_left_alone() {
    use Channel::*;
    type Good = (fn(&mut Answers), Channel, &'static str, &'static str);
    let cases: &[Good] = &[
        (none, EmailNew, "", ""),
        (none, Card, "", ""),
        // A card after the email leaves the interest to it.
        (
            |a| a.style.channels = vec![Channel::EmailNew, Channel::Card],
            Card,
            "I'm still very interested in Kestrel Labs.",
            "It gave me a lot to think about.",
        ),
        // A ticked ask that the note makes.
        (
            |a| a.ask.feedback = true,
            EmailNew,
            "I wish you",
            "If you have a moment, I'd welcome any feedback. I wish you",
        ),
        (
            |a| a.ask.linkedin = true,
            EmailNew,
            "I wish you",
            "I'd be glad to stay connected on LinkedIn. I wish you",
        ),
        (
            |a| a.ask.wish_hire_well = true,
            EmailNew,
            "I wish you and the team",
            "I wish you and the person you've chosen",
        ),
        // Someone else, named, may be "he".
        (
            none,
            EmailNew,
            "I especially enjoyed our talk about the design system.",
            "I especially enjoyed meeting Tom Fletcher; he showed me the lab.",
        ),
        // Acronyms, "had had" and q3 are fine.
        (
            none,
            EmailNew,
            "our talk about the design system",
            "our talk about the Q3 roadmap and the UX plan",
        ),
        (
            none,
            EmailNew,
            "I understand",
            "I had had high hopes, but I understand",
        ),
        // Inviting someone not yet connected, from an email.
        (
            |a| a.style.channels = vec![Channel::EmailNew, Channel::LinkedInInvite],
            EmailNew,
            "I wish you",
            "I'll send you a LinkedIn invitation. I wish you",
        ),
        // A closing wish standing alone, and one ask standing alone.
        (none, EmailNew, "", ""),
    ];
    for (setup, channel, from, to) in cases {
        let body = GOOD.replacen(from, to, 1);
        assert!(from.is_empty() || body != GOOD, "{from:?} not in the note");
        let findings = check_note(*setup, *channel, &body);
        let new_rules: Vec<&Finding> = findings
            .iter()
            .filter(|f| {
                matches!(
                    f,
                    Finding::Doubled { .. }
                        | Finding::RepeatedWord { .. }
                        | Finding::Choppy { .. }
                        | Finding::ThanksTwice { .. }
                        | Finding::LinkedInClash { .. }
                        | Finding::AskDropped { .. }
                        | Finding::TextSpeak { .. }
                        | Finding::LowerCase { .. }
                        | Finding::AboutThem { .. }
                )
            })
            .collect();
        assert!(new_rules.is_empty(), "{to:?}: {new_rules:#?}");
    }
}

// proptest is a native-only dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    /// Any word between greeting and sign-off written twice in a row is found.
    #[test]
    fn any_doubled_word_is_found(pick in 0usize..200) {
        let greeting = GOOD.find('\n').unwrap_or(0);
        let sign_off = GOOD.rfind("\n\n").unwrap_or(GOOD.len());
        let words: Vec<(usize, &str)> = crate::domain::text::word_spans(GOOD, |c| c.is_alphanumeric() || c == '\'')
            .into_iter()
            .filter(|(at, w)| *at > greeting && *at < sign_off && !["had", "that", "is"].contains(w))
            .collect();
        let (at, word) = words[pick % words.len()];
        let doubled = format!("{}{word} {}", &GOOD[..at], &GOOD[at..]);
        let findings = check_note(none, Channel::EmailNew, &doubled);
        proptest::prop_assert!(findings.iter().any(|f| matches!(f, Finding::Doubled { .. })), "{:?}", findings);
    }
}
