//! Snapshots of a dozen composed notes, committed in
//! `tests/snapshots/notes.txt`, so any change of wording shows in review as
//! a diff of whole notes. After a deliberate change, rewrite the file with
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` and read the diff.
#![cfg(not(target_arch = "wasm32"))]

use kept_in_mind::domain::compose::compose;
use kept_in_mind::domain::model::*;

struct Case {
    name: &'static str,
    stage: Stage,
    arrival: Arrival,
    seniority: Seniority,
    tone: Tone,
    length: Length,
    relationship: Relationship,
    detail: &'static str,
    channel: Channel,
    /// feedback, LinkedIn, wish the hire well, offer help.
    asks: (bool, bool, bool, bool),
    strengths: [&'static str; 2],
    people: usize,
    /// A record started with "A role opened there": the earlier role, the
    /// day of that No and how far it went.
    follows: Option<(&'static str, &'static str, Stage)>,
}

const BASE: Case = Case {
    name: "",
    stage: Stage::Interview,
    arrival: Arrival::HiringManagerEmail,
    seniority: Seniority::Mid,
    tone: Tone::Warm,
    length: Length::Standard,
    relationship: Relationship::HiringManager,
    detail: "",
    channel: Channel::EmailReply,
    asks: (false, false, false, false),
    strengths: ["", ""],
    people: 1,
    follows: None,
};

const CASES: &[Case] = &[
    Case {
        name: "warm note about a role that opened, after an interview",
        channel: Channel::EmailNew,
        strengths: ["supply-chain strategy", ""],
        follows: Some(("Logistics Manager", "2026-03-12", Stage::Interview)),
        ..BASE
    },
    Case {
        name: "formal card about a role that opened, after an application",
        channel: Channel::Card,
        tone: Tone::Formal,
        follows: Some(("Planning Analyst", "", Stage::ApplicationOnly)),
        ..BASE
    },
    Case {
        name: "formal executive runner-up",
        stage: Stage::RunnerUp,
        seniority: Seniority::Executive,
        tone: Tone::Formal,
        detail: "consolidating the two depots",
        asks: (true, true, false, true),
        strengths: ["turning around loss-making sites", "supply-chain strategy"],
        ..BASE
    },
    Case {
        name: "warm mid-level after one interview",
        detail: "your plans for the Leeds site",
        asks: (true, true, false, false),
        strengths: ["user research", ""],
        ..BASE
    },
    Case {
        name: "concise agency screening call",
        stage: Stage::PhoneScreen,
        arrival: Arrival::AgencyRecruiter,
        tone: Tone::Concise,
        length: Length::Short,
        relationship: Relationship::AgencyRecruiter,
        ..BASE
    },
    Case {
        name: "final round by phone, warm, two people, the manager",
        stage: Stage::FinalRound,
        arrival: Arrival::PhoneCall,
        detail: "how you run the depot handover",
        asks: (true, true, false, false),
        people: 2,
        ..BASE
    },
    Case {
        name: "final round, the interviewer of two",
        stage: Stage::FinalRound,
        arrival: Arrival::PhoneCall,
        relationship: Relationship::Interviewer,
        detail: "We talked about the roadmap",
        people: 2,
        ..BASE
    },
    Case {
        name: "phone script after a final-round call",
        stage: Stage::FinalRound,
        arrival: Arrival::PhoneCall,
        channel: Channel::PhoneScript,
        asks: (true, false, false, false),
        ..BASE
    },
    Case {
        name: "senior internal candidate, formal",
        stage: Stage::Internal,
        seniority: Seniority::Senior,
        tone: Tone::Formal,
        detail: "the new pricing model",
        ..BASE
    },
    Case {
        name: "entry level after an interview, asks for advice",
        seniority: Seniority::Entry,
        detail: "meeting the team",
        asks: (true, false, false, false),
        ..BASE
    },
    Case {
        name: "role cancelled, concise",
        stage: Stage::RoleCancelled,
        tone: Tone::Concise,
        ..BASE
    },
    Case {
        name: "LinkedIn invitation after a final round",
        stage: Stage::FinalRound,
        detail: "our talk about hiring",
        channel: Channel::LinkedInInvite,
        ..BASE
    },
    Case {
        name: "card after a runner-up",
        stage: Stage::RunnerUp,
        detail: "your plans for the Leeds site",
        channel: Channel::Card,
        ..BASE
    },
    Case {
        name: "long silence, then a No, formal new email",
        arrival: Arrival::LongSilence,
        tone: Tone::Formal,
        channel: Channel::EmailNew,
        asks: (false, true, true, false),
        ..BASE
    },
];

fn answers(c: &Case) -> Answers {
    let (feedback, linkedin, wish_hire_well, offer_help) = c.asks;
    let people = [
        ("Priya Shah", c.relationship),
        ("Ken Ito", Relationship::Interviewer),
    ];
    let mut recipients: Vec<Recipient> = people[..c.people]
        .iter()
        .enumerate()
        .map(|(i, (name, relationship))| Recipient {
            id: i as u32 + 1,
            name: (*name).into(),
            relationship: Some(*relationship),
            detail: c.detail.into(),
            ..Default::default()
        })
        .collect();
    if c.relationship == Relationship::Interviewer {
        recipients.reverse();
    }
    Answers {
        rejection: Rejection {
            company: "Northwind".into(),
            job_title: "Operations Director".into(),
            stage: Some(c.stage),
            arrival: Some(c.arrival),
            original_subject: "Your application".into(),
            follows: c.follows.map(|(role, date, stage)| {
                Box::new(Rejection {
                    company: "Northwind".into(),
                    job_title: role.into(),
                    date: date.into(),
                    stage: Some(stage),
                    ..Default::default()
                })
            }),
            ..Default::default()
        },
        recipients,
        sender: Sender {
            name: "Sam Lee".into(),
            contact: "sam@example.com".into(),
            seniority: Some(c.seniority),
            strengths: c.strengths.map(String::from),
            ..Default::default()
        },
        ask: Ask {
            keep_in_mind_for: Some(KeepInMindFor::FutureOpenings),
            feedback,
            linkedin,
            wish_hire_well,
            offer_help,
            help_offer: if offer_help {
                "an introduction to our logistics partners".into()
            } else {
                String::new()
            },
            ..Default::default()
        },
        style: Style {
            tone: Some(c.tone),
            length: Some(c.length),
            channels: vec![c.channel],
            linkedin_premium: false,
        },
    }
}

fn render() -> String {
    let mut out = String::new();
    for c in CASES {
        let answers = answers(c);
        let recipient = answers
            .recipients
            .iter()
            .find(|r| r.relationship == Some(c.relationship))
            .unwrap_or(&answers.recipients[0]);
        let note = compose(&answers, recipient, c.channel, 0);
        out.push_str(&format!("===== {} ({:?})\n", c.name, c.channel));
        if let Some(subject) = &note.subject {
            out.push_str(&format!("Subject: {subject}\n"));
        }
        out.push_str(&note.body);
        out.push_str(&format!("\n----- {} words", note.words()));
        if let Some(left_out) = note.left_out_text() {
            out.push_str(&format!("; {left_out}"));
        }
        out.push_str("\n\n");
    }
    out
}

#[test]
fn composed_notes_match_their_snapshots() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/notes.txt");
    let now = render();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, &now).expect("write the snapshots");
        return;
    }
    let saved = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        saved == now,
        "the composed notes changed; if that is intended, run UPDATE_SNAPSHOTS=1 cargo test --test snapshots and review the diff.\n\n{now}"
    );
}
