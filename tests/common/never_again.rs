//! Sentences and phrases that must never appear in a composed note again,
//! each with the answers it is forbidden for and why. Shared by the
//! exhaustive sweep in `tests/wording.rs` and the property test in
//! `tests/properties.rs`, so every defect found once stays fixed across the
//! whole input space.

use kept_in_mind::domain::model::{Answers, Seniority};

/// One wording that must never be written.
pub struct Never {
    /// Found in the lower-cased body, curly apostrophes straightened.
    pub phrase: &'static str,
    /// Whether the phrase is forbidden for these answers.
    pub applies: fn(&Answers) -> bool,
    pub why: &'static str,
}

fn always(_: &Answers) -> bool {
    true
}

fn senior(answers: &Answers) -> bool {
    answers.sender.seniority.unwrap_or_default().is_senior()
}

fn executive(answers: &Answers) -> bool {
    answers.sender.seniority == Some(Seniority::Executive)
}

fn one_interview(answers: &Answers) -> bool {
    answers.rejection.stage == Some(kept_in_mind::domain::model::Stage::Interview)
}

fn several(answers: &Answers) -> bool {
    answers.recipients.len() > 1
}

pub const NEVER_AGAIN: &[Never] = &[
    Never {
        phrase: "during the interviews",
        applies: one_interview,
        why: "the stage is one interview, not several",
    },
    Never {
        phrase: "grateful for seeing me",
        applies: always,
        why: "the frame loses its object",
    },
    Never {
        phrase: "seeing me through",
        applies: always,
        why: "a gerund with no subject, and an interviewer did not",
    },
    Never {
        phrase: "see me through the whole process",
        applies: always,
        why: "not what an interviewer did",
    },
    Never {
        phrase: "grateful for the final round",
        applies: always,
        why: "odd: thanks for a round",
    },
    Never {
        phrase: "thank you for the final round",
        applies: always,
        why: "odd: thanks for a round",
    },
    Never {
        phrase: "thanks for the final round",
        applies: always,
        why: "odd: thanks for a round",
    },
    Never {
        phrase: "grateful for the interview.",
        applies: always,
        why: "thanks for the person's time, not the event",
    },
    Never {
        phrase: "grateful for considering",
        applies: always,
        why: "a gerund with no subject",
    },
    Never {
        phrase: "grateful for meeting with me",
        applies: always,
        why: "a gerund with no subject",
    },
    Never {
        phrase: "grateful for putting me",
        applies: always,
        why: "a gerund with no subject",
    },
    Never {
        phrase: "grateful for speaking with me",
        applies: always,
        why: "a gerund with no subject",
    },
    Never {
        phrase: "i found consolidating",
        applies: always,
        why: "makes the writer sound as if they did it",
    },
    Never {
        phrase: "enjoyed consolidating",
        applies: always,
        why: "makes the writer sound as if they did it",
    },
    Never {
        phrase: "highlight for me was consolidating",
        applies: always,
        why: "makes the writer sound as if they did it",
    },
    Never {
        phrase: "enjoyed we talked",
        applies: always,
        why: "a sentence glued into a frame",
    },
    Never {
        phrase: "about we talked",
        applies: always,
        why: "a sentence glued into a frame",
    },
    Never {
        phrase: "i found how",
        applies: always,
        why: "a how-clause in a noun frame",
    },
    Never {
        phrase: "because of how much",
        applies: always,
        why: "a how-clause in a noun frame",
    },
    Never {
        phrase: "feedback that could help me grow",
        applies: senior,
        why: "senior people ask as peers",
    },
    Never {
        phrase: "help me grow",
        applies: senior,
        why: "senior people ask as peers",
    },
    Never {
        phrase: "help me improve",
        applies: senior,
        why: "senior people ask as peers",
    },
    Never {
        phrase: "add real value",
        applies: always,
        why: "a claim, not the user's own strengths",
    },
    Never {
        phrase: "i believe i could",
        applies: senior,
        why: "a pitch, not a peer's note",
    },
    Never {
        phrase: "learned a great deal from the process",
        applies: executive,
        why: "executives write less thanks, more value",
    },
    Never {
        phrase: "the others i met",
        applies: several,
        why: "the others get notes of their own",
    },
    Never {
        phrase: "everyone i met",
        applies: several,
        why: "the others get notes of their own",
    },
    Never {
        phrase: "the colleagues i met",
        applies: several,
        why: "the others get notes of their own",
    },
    Never {
        phrase: "highlight for me was your plans",
        applies: always,
        why: "a plural detail after \"was\"",
    },
    Never {
        phrase: "i remain available",
        applies: always,
        why: "one \"I remain\" too many",
    },
    Never {
        phrase: "you're a strong candidate",
        applies: always,
        why: "cheerleading",
    },
    Never {
        phrase: "next search",
        applies: always,
        why: "experience is brought to a client, not to a search",
    },
    Never {
        phrase: "one day, i hope",
        applies: always,
        why: "a clumsy front; \"I hope one day to …\"",
    },
    Never {
        phrase: "the conversation we had about the work",
        applies: always,
        why: "vague, and the same in every colleague's note",
    },
    Never {
        phrase: "calling to inform me,",
        applies: always,
        why: "\"inform\" wants an object: \"to let me know\"",
    },
    Never {
        phrase: "before long",
        applies: always,
        why: "a timetable after a No (docs/notes.md): \"I hope our paths cross again before long\"",
    },
    Never {
        phrase: "would mean a lot if you",
        applies: always,
        why: "leans on them: \"It would mean a lot if you'd keep me in mind\"",
    },
    Never {
        phrase: "your consideration of my application",
        applies: always,
        why: "written, not spoken English",
    },
    Never {
        phrase: "offer a role like this",
        applies: always,
        why: "strengths are offered to a team, not to a role",
    },
    Never {
        phrase: "the person you've chosen",
        applies: always,
        why: "underlines the No to the one who made it",
    },
    Never {
        phrase: "which helped",
        applies: always,
        why: "claims their words helped, which the user never said",
    },
    Never {
        phrase: "remain colleagues",
        applies: always,
        why: "after an internal No, it hints they might not have",
    },
    Never {
        phrase: "still colleagues",
        applies: always,
        why: "after an internal No, it hints they might not have",
    },
    Never {
        phrase: "find their feet",
        applies: always,
        why: "patronising about the colleague chosen, and a promise the user never made",
    },
    Never {
        phrase: "offer you my background",
        applies: always,
        why: "a background is offered to a team, not to a person",
    },
    Never {
        phrase: ". much appreciated.",
        applies: always,
        why: "a reaction standing as a sentence after the detail",
    },
];

/// The never-again phrases a body contains for these answers, each with
/// why it is wrong, and any gerund left without its subject.
///
/// Usage: `assert_eq!(never_again_in(&note.body, &answers), Vec::<String>::new())`.
pub fn never_again_in(body: &str, answers: &Answers) -> Vec<String> {
    let folded = body.to_lowercase().replace('\u{2019}', "'");
    NEVER_AGAIN
        .iter()
        .filter(|n| (n.applies)(answers) && folded.contains(n.phrase))
        .map(|n| format!("{:?}: {}", n.phrase, n.why))
        .chain(subjectless_gerund(&folded).map(|g| format!("{g:?}: a gerund with no subject")))
        .collect()
}

/// "grateful for" or "my thanks for" followed by a gerund: the gerund has
/// no subject ("I am grateful for seeing me through"). Returns the words.
fn subjectless_gerund(body: &str) -> Option<String> {
    let folded = body.to_lowercase();
    for frame in ["grateful for ", "my thanks for ", "thanks go to "] {
        for (at, _) in folded.match_indices(frame) {
            let next: String = folded[at + frame.len()..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            if next.ends_with("ing")
                && !["everything", "anything", "nothing"].contains(&next.as_str())
            {
                return Some(format!("{frame}{next}"));
            }
        }
    }
    None
}
