//! How long composing takes: every channel for a draft of ten recipients,
//! the most a user would have on screen at once, one note at a time and all
//! together as the notes page composes them ([`compose_all`], each note
//! avoiding what the others say), and for a panel of five.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use kept_in_mind::domain::check::check;
use kept_in_mind::domain::compose::{compose, compose_all};
use kept_in_mind::domain::model::*;

fn draft() -> Answers {
    let people = [
        ("Priya Shah", "our conversation about the design system"),
        ("Tom O'Brien", "your honest read on the team"),
        ("Zoë Müller", "the walk through your customer dashboard"),
        ("Jana Novák", "the candid overview of the data platform"),
        ("山田太郎", ""),
        ("Liam Ó Súilleabháin", "the brand strategy session"),
        ("Ana Lima", ""),
        (
            "Noor Al-Hassan",
            "hearing how the analytics team works with product",
        ),
        ("María González", "your openness about the team's direction"),
        ("Ben Carter", ""),
    ];
    Answers {
        rejection: Rejection {
            company: "Acme".into(),
            job_title: "Product Designer".into(),
            stage: Some(Stage::FinalRound),
            arrival: Some(Arrival::HiringManagerEmail),
            original_subject: "Your application".into(),
            ..Default::default()
        },
        recipients: people
            .iter()
            .zip(1..)
            .map(|(&(name, detail), id)| Recipient {
                id,
                name: name.into(),
                detail: detail.into(),
                ..Default::default()
            })
            .collect(),
        sender: Sender {
            name: "Sam Lee".into(),
            contact: "+44 7700 900123".into(),
            seniority: Some(Seniority::Mid),
            admire: "your work on accessibility".into(),
            strengths: ["user research".into(), "accessible interfaces".into()],
        },
        ask: Ask {
            feedback: true,
            linkedin: true,
            ..Default::default()
        },
        style: Style {
            channels: Channel::ALL.to_vec(),
            ..Default::default()
        },
    }
}

/// Every channel the answers give a person, each in its first wording.
fn every(answers: &Answers, person: &Recipient) -> Vec<(Channel, u32)> {
    answers
        .channels_for(person)
        .into_iter()
        .map(|c| (c, 0))
        .collect()
}

fn bench(c: &mut Criterion) {
    let answers = draft();
    c.bench_function("compose every channel for 10 recipients", |b| {
        b.iter(|| {
            for recipient in &answers.recipients {
                for channel in Channel::ALL {
                    black_box(compose(black_box(&answers), recipient, channel, 0));
                }
            }
        })
    });
    c.bench_function(
        "compose_all: every channel for 10 recipients (60 notes)",
        |b| {
            b.iter(|| {
                black_box(compose_all(black_box(&answers), &[], |p| {
                    every(&answers, p)
                }))
            })
        },
    );
    let mut five = answers.clone();
    five.recipients.truncate(5);
    c.bench_function(
        "compose_all: every channel for 5 recipients (30 notes)",
        |b| b.iter(|| black_box(compose_all(black_box(&five), &[], |p| every(&five, p)))),
    );
    c.bench_function("compose and check every channel for 10 recipients", |b| {
        b.iter(|| {
            for recipient in &answers.recipients {
                for channel in Channel::ALL {
                    let note = compose(black_box(&answers), recipient, channel, 0);
                    black_box(check(
                        note.subject.as_deref(),
                        &note.body,
                        channel,
                        &answers,
                        recipient,
                    ));
                }
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
