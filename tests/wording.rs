//! The words, swept across the whole space of situations: every stage,
//! arrival, relationship, tone, length, seniority, channel and several
//! wordings, with details, admirations and strengths of every shape. No note
//! may contain a never-again phrase (`common/never_again.rs`), a gerund left
//! without its subject, or a repeated opening or phrase.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/never_again.rs"]
mod never_again;

use kept_in_mind::domain::check::{Finding, check};
use kept_in_mind::domain::compose::compose;
use kept_in_mind::domain::model::*;
use never_again::never_again_in;

/// Details as people write them: a noun phrase, a gerund, a "how" clause, a
/// "your" phrase, an "our" phrase, a whole sentence, none.
const DETAILS: [&str; 7] = [
    "the new pricing model",
    "consolidating the two depots",
    "how you run the depot handover",
    "your plans for the Leeds site",
    "our talk about hiring",
    "We talked about the roadmap",
    "",
];
const ADMIRE: [&str; 4] = [
    "the way you mentor new staff",
    "supporting open source",
    "I love how you support local suppliers",
    "",
];
const STRENGTHS: [[&str; 2]; 3] = [
    ["user research", "stakeholder management"],
    ["I led a team of 12", ""],
    ["", ""],
];

fn answers(stage: Stage, arrival: Arrival, seniority: Seniority, tone: Tone, i: usize) -> Answers {
    let people = 1 + i % 2;
    Answers {
        rejection: Rejection {
            company: "Northwind".into(),
            job_title: "Operations Lead".into(),
            stage: Some(stage),
            arrival: Some(arrival),
            original_subject: "Your application".into(),
            ..Default::default()
        },
        recipients: (0..people)
            .map(|n| Recipient {
                id: n as u32 + 1,
                name: ["Priya Shah", "Ken Ito"][n].into(),
                detail: DETAILS[(i + n) % DETAILS.len()].into(),
                ..Default::default()
            })
            .collect(),
        sender: Sender {
            name: "Sam Lee".into(),
            contact: "sam@example.com".into(),
            seniority: Some(seniority),
            admire: ADMIRE[i % ADMIRE.len()].into(),
            strengths: STRENGTHS[i % STRENGTHS.len()].map(String::from),
        },
        ask: Ask {
            keep_in_mind_for: Some(KeepInMindFor::ALL[i % 4]),
            related_role: if i.is_multiple_of(3) {
                "Planning Analyst".into()
            } else {
                String::new()
            },
            feedback: i.is_multiple_of(2),
            linkedin: i % 3 != 1,
            wish_hire_well: i.is_multiple_of(4),
            offer_help: i.is_multiple_of(5),
            help_offer: if i.is_multiple_of(2) {
                "an introduction to our suppliers".into()
            } else {
                String::new()
            },
        },
        style: Style {
            tone: Some(tone),
            length: Some(if i.is_multiple_of(2) {
                Length::Standard
            } else {
                Length::Short
            }),
            channels: Channel::ALL.to_vec(),
            linkedin_premium: i.is_multiple_of(7),
        },
    }
}

/// What is wrong with a composed note, if anything.
fn problems(
    answers: &Answers,
    recipient: &Recipient,
    channel: Channel,
    variant: u32,
) -> Vec<String> {
    let note = compose(answers, recipient, channel, variant);
    let mut out = never_again_in(&note.body, answers);
    let report = check(
        note.subject.as_deref(),
        &note.body,
        channel,
        answers,
        recipient,
    );
    out.extend(
        report
            .findings
            .iter()
            .filter(|f| matches!(f, Finding::Repetition { .. }))
            .map(Finding::message),
    );
    if !out.is_empty() {
        out.push(note.body);
    }
    out
}

#[test]
fn no_note_says_what_must_never_be_said() {
    let relationships = [
        None,
        Some(Relationship::HiringManager),
        Some(Relationship::Interviewer),
        Some(Relationship::Recruiter),
        Some(Relationship::AgencyRecruiter),
        Some(Relationship::Panel),
    ];
    let mut notes = 0;
    let mut i = 0;
    for stage in Stage::ALL {
        for arrival in Arrival::ALL {
            for seniority in Seniority::ALL {
                for tone in Tone::ALL {
                    // Relationships, wordings and the answers' shapes turn
                    // with the counter, so every one meets every stage.
                    i += 1;
                    let relationship = relationships[i % relationships.len()];
                    let variant = (i / relationships.len()) as u32 % 3;
                    let mut answers = answers(stage, arrival, seniority, tone, i);
                    for r in &mut answers.recipients {
                        r.relationship = relationship;
                    }
                    for recipient in &answers.recipients {
                        for channel in Channel::ALL {
                            notes += 1;
                            let found = problems(&answers, recipient, channel, variant);
                            assert!(
                                found.is_empty(),
                                "{stage:?} {arrival:?} {seniority:?} {tone:?} {relationship:?} {channel:?} {variant}: {found:#?}"
                            );
                        }
                    }
                }
            }
        }
    }
    assert!(notes > 3_000, "{notes} notes");
}

/// Each shape of detail gets frames that fit it.
#[test]
fn details_of_every_shape_read_right() {
    // (detail, what its sentence must contain in some wording, what never)
    let cases = [
        (
            "consolidating the two depots",
            "about consolidating the two depots",
            "i found consolidating",
        ),
        (
            "Consolidating the two depots",
            "consolidating the two depots",
            "Consolidating",
        ),
        (
            "how you run the depot handover",
            "how you run the depot handover",
            "i found how",
        ),
        (
            "the new pricing model",
            "the new pricing model",
            "about the new pricing model, ",
        ),
        (
            "We talked about the roadmap",
            "We talked about the roadmap.",
            "enjoyed we talked",
        ),
        // Thanked for mentioning, never played back as their words.
        (
            "You said the summer rota fills up in March",
            "mention",
            "You said",
        ),
        // Not a thing "mentioning" can take: said back in one sentence
        // with its reaction, never two choppy ones.
        (
            "You told me about the summer rota",
            "You told me about the summer rota, ",
            "rota. ",
        ),
        (
            "You showed me round the new lab",
            "You showed me round the new lab, ",
            "lab. ",
        ),
        // Help and time are what is thanked for; "spent ages" said back
        // reads as a complaint.
        (
            "You spent ages going through my business case",
            "the time you spent going through my business case",
            "spent ages",
        ),
        (
            "You really helped me with the interview schedule",
            "your help with the interview schedule",
            "helped me",
        ),
        // An occasion is ours, without the praise a frame says again.
        (
            "chat with you about opening the store",
            "our chat about opening the store",
            "with you about",
        ),
        (
            "really useful chat about the structure",
            "our chat about the structure",
            "useful chat",
        ),
    ];
    for (detail, want, never) in cases {
        let mut answers = answers(
            Stage::Interview,
            Arrival::HiringManagerEmail,
            Seniority::Mid,
            Tone::Warm,
            2,
        );
        answers.recipients.truncate(1);
        answers.recipients[0].detail = detail.into();
        let mut seen = false;
        for tone in Tone::ALL {
            answers.style.tone = Some(tone);
            for variant in 0..6 {
                let body = compose(
                    &answers,
                    &answers.recipients[0],
                    Channel::EmailReply,
                    variant,
                )
                .body;
                seen |= body.contains(want);
                assert!(
                    !body.contains(never),
                    "{detail:?} {tone:?} {variant}: {body}"
                );
            }
        }
        assert!(seen, "{detail:?} never reads as {want:?}");
    }
}

/// Thanks fit the person's part: the one who told is thanked for the news,
/// the others for their own time, and only a caller is thanked for a call.
#[test]
fn thanks_fit_the_persons_part() {
    let mut answers = answers(
        Stage::FinalRound,
        Arrival::PhoneCall,
        Seniority::Mid,
        Tone::Warm,
        2,
    );
    answers.recipients = vec![
        Recipient {
            id: 1,
            name: "Priya Shah".into(),
            relationship: Some(Relationship::HiringManager),
            ..Default::default()
        },
        Recipient {
            id: 2,
            name: "Ken Ito".into(),
            relationship: Some(Relationship::Interviewer),
            ..Default::default()
        },
    ];
    for tone in Tone::ALL {
        answers.style.tone = Some(tone);
        for variant in 0..8 {
            let manager = compose(
                &answers,
                &answers.recipients[0],
                Channel::EmailReply,
                variant,
            )
            .body
            .to_lowercase();
            let interviewer = compose(
                &answers,
                &answers.recipients[1],
                Channel::EmailReply,
                variant,
            )
            .body
            .to_lowercase();
            for call in [
                "calling",
                "the call",
                "by phone",
                "on the phone",
                "call and tell",
            ] {
                assert!(
                    !interviewer.contains(call),
                    "{tone:?} {variant}: {interviewer}"
                );
            }
            assert!(
                !interviewer.contains("through the process"),
                "{interviewer}"
            );
            assert!(
                [
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
                ]
                .iter()
                .any(|t| interviewer.contains(t)),
                "{tone:?} {variant}: {interviewer}"
            );
            assert!(manager.contains("final round"), "{manager}");
        }
    }
}

/// A request the user ticked is never dropped to fit the length band.
#[test]
fn ticked_requests_are_never_dropped() {
    for stage in [
        Stage::ApplicationOnly,
        Stage::Interview,
        Stage::FinalRound,
        Stage::RunnerUp,
    ] {
        for seniority in Seniority::ALL {
            for tone in Tone::ALL {
                let mut answers = answers(stage, Arrival::HiringManagerEmail, seniority, tone, 0);
                answers.recipients.truncate(1);
                answers.style.length = Some(Length::Short);
                answers.ask.feedback = true;
                answers.ask.linkedin = true;
                for variant in 0..4 {
                    let note = compose(
                        &answers,
                        &answers.recipients[0],
                        Channel::EmailReply,
                        variant,
                    );
                    let body = note.body.to_lowercase();
                    assert!(
                        body.contains("linkedin"),
                        "{stage:?} {seniority:?} {tone:?}: {body}"
                    );
                    let feedback = [
                        "feedback",
                        "advice",
                        "candid",
                        "honest read",
                        "perspective",
                        "thoughts",
                    ];
                    assert!(
                        feedback.iter().any(|f| body.contains(f)),
                        "{stage:?} {seniority:?} {tone:?}: {body}"
                    );
                }
            }
        }
    }
}
