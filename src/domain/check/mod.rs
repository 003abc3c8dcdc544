//! The checker: reads a note (composed, or edited by hand) the way a kind
//! coach would, and scores it on the rubric of `docs/notes.md`.
//!
//! It only judges what text can show: the length for the stage and channel,
//! the LinkedIn limit, never-write phrases, names, company and role as the
//! user gave them, specifics that are not in the answers, the asks (and a
//! ticked one left out), placeholders, repetition (a doubled word, a word
//! again too soon, thanks twice), choppy paragraphs, LinkedIn wording the
//! channels contradict, messy typing passed through, a "she" about the
//! reader, shouting. Sentences shared across notes need every note at once
//! (`shared`). Each rule (`rules`) is a small function returning findings;
//! each finding has a plain-words [`Finding::message`] for the UI; the
//! score (`score`) is derived from the findings alone, so it is explainable
//! item by item. "Ready to send" means no finding at all, so the composer's
//! tests hold its notes to every rule.

#[cfg(test)]
mod coach_tests;
mod cues;
mod findings;
mod letter;
mod rules;
mod score;
mod shared;

pub use findings::{Clash, Concern, Field, Finding, Ticked};
pub use score::{Cap, Item, Report, Scored};
pub use shared::{RecordNote, SharedSentence, shared_findings, shared_sentences};

// For the composer's tests, which hold its wordings to the checker's lists.
#[cfg(test)]
pub(crate) use cues::{
    ask_kinds, feedback_is_soft, has_connect, has_hire_wish, has_interest, has_keep_in_mind,
    has_thanks, has_value, never_hits,
};
// Also for the question pages' advice (`typing`): a name there means a
// pronoun may be about someone else.
pub(crate) use letter::proper_nouns;

use crate::domain::model::{Answers, Channel, Recipient, Rejection};

/// Checks a note, composed or edited by hand, for one recipient and channel.
///
/// ```
/// use kept_in_mind::domain::check::check;
/// use kept_in_mind::domain::model::{Answers, Channel, Recipient};
/// let mut answers = Answers::default();
/// answers.rejection.company = "Acme".into();
/// answers.recipients.push(Recipient { name: "Priya Shah".into(), ..Recipient::default() });
/// answers.rejection.job_title = "Product Designer".into();
/// answers.sender.name = "Sam Lee".into();
/// let recipient = &answers.recipients[0];
/// let note = "Hi Priya,\n\nThank you for letting me know, and for your time. I'm sorry not to be \
///     joining as Product Designer, but I understand the decision.\n\nMy interest in Acme is as \
///     strong as ever, and I'd be glad to bring my experience there one day. Please keep me in mind for \
///     future openings.\n\nI wish you and the team all the best.\n\nWarm regards,\nSam Lee";
/// let report = check(Some("Thank you – Sam Lee"), note, Channel::EmailNew, &answers, recipient);
/// assert_eq!(report.score, 10.0, "{:?}", report.findings);
/// let bare = check(None, "ok", Channel::EmailReply, &answers, recipient);
/// assert!(bare.score < report.score);
/// ```
pub fn check(
    subject: Option<&str>,
    body: &str,
    channel: Channel,
    answers: &Answers,
    recipient: &Recipient,
) -> Report {
    check_after(subject, body, channel, answers, recipient, None, false)
}

/// [`check`] for a note among others: for a second No from the company,
/// whose note names the `earlier` No's role (its words are the user's own,
/// not invented), and for a note that `follows` another to the same person,
/// which leaves their detail to the first.
pub fn check_after(
    subject: Option<&str>,
    body: &str,
    channel: Channel,
    answers: &Answers,
    recipient: &Recipient,
    earlier: Option<&Rejection>,
    follows: bool,
) -> Report {
    let mut note = rules::Note::new(subject, body, channel, answers, recipient);
    if let Some(earlier) = earlier {
        note.know(&earlier.job_title);
    }
    note.follows = follows;
    let findings = rules::RULES.iter().flat_map(|rule| rule(&note)).collect();
    Report::from_findings(findings)
}

#[cfg(test)]
mod tests {
    use super::cues::never_hits;
    use super::letter::close_spelling;
    use super::*;
    use crate::domain::model::{Answers, Recipient, Rejection, Sender};
    use crate::domain::text::fold;

    #[test]
    fn scores_read_as_people_write_them() {
        for (score, shown) in [
            (10.0, "10"),
            (9.5, "9.5"),
            (9.25, "9.25"),
            (2.0, "2"),
            (0.75, "0.75"),
        ] {
            let report = Report {
                findings: Vec::new(),
                score,
                items: Vec::new(),
                cap: None,
            };
            assert_eq!(report.score_text(), shown);
        }
    }

    fn answers() -> (Answers, Recipient) {
        let recipient = Recipient {
            id: 1,
            name: "Priya Shah".into(),
            detail: "our talk about the design system".into(),
            ..Default::default()
        };
        let answers = Answers {
            rejection: Rejection {
                company: "Acme".into(),
                job_title: "Product Designer".into(),
                ..Default::default()
            },
            recipients: vec![recipient.clone()],
            sender: Sender {
                name: "Sam Lee".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        (answers, recipient)
    }

    const GOOD: &str = "Hi Priya,\n\nThank you for letting me know, and for the time you gave me during the interviews. \
I'm disappointed not to be moving forward with the Product Designer role, but I understand and respect the decision.\n\n\
I especially enjoyed our talk about the design system. I'm still very interested in Acme.\n\n\
Please keep me in mind for future openings.\n\nI wish you and the team all the best.\n\nWarm regards,\nSam Lee";

    /// Each edit of a good note and what the checker should say about it.
    #[test]
    fn findings_for_hand_edits() {
        let (answers, recipient) = answers();
        // (text replaced, replacement, the finding expected, the highest score allowed)
        type Case = (&'static str, &'static str, fn(&Finding) -> bool, f32);
        let cases: &[Case] = &[
            (
                "Hi Priya,",
                "Hi Pria,",
                |f| matches!(f, Finding::GreetingName { .. }),
                3.0,
            ),
            (
                "in Acme.",
                "in ACME.",
                |f| {
                    matches!(
                        f,
                        Finding::Misspelt {
                            what: Field::Company,
                            ..
                        }
                    )
                },
                3.0,
            ),
            (
                "in Acme.",
                "in Acmee.",
                |f| {
                    matches!(
                        f,
                        Finding::Misspelt {
                            what: Field::Company,
                            ..
                        }
                    )
                },
                3.0,
            ),
            (
                "the design system.",
                "the design system with Microsoft.",
                |f| matches!(f, Finding::UnknownName { .. }),
                4.0,
            ),
            (
                "I understand and respect",
                "please reconsider; I don't understand why",
                |f| {
                    matches!(
                        f,
                        Finding::NeverWrite {
                            concern: Concern::Arguing,
                            ..
                        }
                    )
                },
                2.0,
            ),
            (
                "Please keep me in mind",
                "I really need this job. Please keep me in mind",
                |f| {
                    matches!(
                        f,
                        Finding::NeverWrite {
                            concern: Concern::Begging,
                            ..
                        }
                    )
                },
                6.0,
            ),
            (
                "Please keep me in mind for future openings.",
                "Good luck.",
                |f| matches!(f, Finding::NoAsk { .. }),
                10.0,
            ),
            (
                "Warm regards,\nSam Lee",
                "Warm regards,\nSam",
                |f| matches!(f, Finding::NoSignOff { .. }),
                10.0,
            ),
            (
                "I wish you",
                "Could you share feedback, connect on LinkedIn and meet for coffee? I wish you",
                |f| matches!(f, Finding::TooManyAsks { count: 3 }),
                10.0,
            ),
            (
                "I wish you",
                "Please send feedback. I wish you",
                |f| matches!(f, Finding::FeedbackPressing),
                10.0,
            ),
            (
                "I wish you",
                "I REALLY wish you",
                |f| matches!(f, Finding::AllCaps { .. }),
                10.0,
            ),
            (
                "all the best.",
                "all the best! Truly! Yes!",
                |f| matches!(f, Finding::Exclamations { count: 3 }),
                10.0,
            ),
            (
                "Hi Priya,",
                "Dear [Name],",
                |f| matches!(f, Finding::Placeholder { .. }),
                10.0,
            ),
            (
                "I'm still",
                "I'm  still",
                |f| matches!(f, Finding::StrayPunctuation { .. }),
                10.0,
            ),
            (
                "I especially enjoyed our talk about the design system. ",
                "",
                |f| matches!(f, Finding::DetailMissing { .. }),
                10.0,
            ),
            (
                "Hi Priya,",
                "Hello,",
                |f| matches!(f, Finding::GenericGreeting { .. }),
                10.0,
            ),
            (
                "I'm still very interested in Acme.",
                "I remain keen on the work. I remain very interested in Acme.",
                |f| matches!(f, Finding::Repetition { .. }),
                10.0,
            ),
        ];
        for (from, to, is_expected, ceiling) in cases {
            let body = GOOD.replacen(from, to, 1);
            assert_ne!(body, GOOD, "{from:?} not in the note");
            let report = check(
                Some("Re: Your application"),
                &body,
                Channel::EmailReply,
                &answers,
                &recipient,
            );
            assert!(
                report.findings.iter().any(is_expected),
                "{to:?}: {:?}",
                report.findings
            );
            assert!(report.score <= *ceiling, "{to:?}: {}", report.score);
            assert!(report.score < 10.0, "{to:?} should cost points");
        }
    }

    /// The hints follow the notes' own rules: the user's words quoted as
    /// typed, never lower-cased, and no cheerleading.
    #[test]
    fn hints_quote_the_user_and_never_cheerlead() {
        let (mut answers, mut recipient) = answers();
        recipient.detail = "The Roadmap review".into();
        answers.recipients = vec![recipient.clone()];
        answers.sender.strengths = ["The Design Systems work".into(), String::new()];
        let body = GOOD
            .replace(
                "I understand and respect the decision",
                "Please Reconsider it",
            )
            .replace(
                "Please keep me in mind",
                "I REALLY Need This Job. Please keep me in mind",
            );
        let messages: Vec<String> = findings_of(&body, &answers, &recipient)
            .iter()
            .map(Finding::message)
            .collect();
        for quoted in [
            "“The Roadmap review”",
            "“The Design Systems work”",
            "“Reconsider”",
            "“Need This Job”",
        ] {
            assert!(
                messages.iter().any(|m| m.contains(quoted)),
                "{quoted} in {messages:#?}"
            );
        }
        for message in &messages {
            for cheer in ["strong candidate", "you've got this", "great job", "!"] {
                assert!(!message.to_lowercase().contains(cheer), "{message}");
            }
        }
    }

    /// The score follows from the findings: each costs its item once, and
    /// the strictest cap applies.
    #[test]
    fn the_score_is_derived_from_the_findings() {
        let band = crate::domain::compose::Band {
            min: 60,
            max: 120,
            unit: crate::domain::compose::Unit::Words,
        };
        let too_long = |count| Finding::TooLong {
            count,
            band,
            channel: Channel::EmailReply,
            stage: crate::domain::model::Stage::Interview,
        };
        let placeholder = |text: &str| Finding::Placeholder { text: text.into() };
        // (findings, score, cap)
        let cases: Vec<(Vec<Finding>, f32, Option<Cap>)> = vec![
            (vec![], 10.0, None),
            (vec![Finding::NoThanks], 9.0, None),
            (vec![placeholder("[A]"), placeholder("[B]")], 9.75, None),
            (vec![too_long(130)], 9.0, None),
            (vec![too_long(300)], 5.0, Some(Cap::Length)),
            (
                vec![
                    Finding::UnknownName { word: "Tom".into() },
                    Finding::NeverWrite {
                        phrase: "unfair".into(),
                        concern: Concern::Arguing,
                    },
                ],
                2.0,
                Some(Cap::Hostility),
            ),
            (
                vec![Finding::TooManyAsks { count: 3 }, Finding::FeedbackPressing],
                9.0,
                None,
            ),
        ];
        for (findings, score, cap) in cases {
            let report = Report::from_findings(findings.clone());
            assert_eq!((report.score, report.cap), (score, cap), "{findings:?}");
        }
    }

    /// The notes page shows the first three findings: whatever caps the
    /// score (the strictest cap first) leads, then what costs most.
    #[test]
    fn findings_come_most_important_first() {
        let arguing = Finding::NeverWrite {
            phrase: "unfair".into(),
            concern: Concern::Arguing,
        };
        let unknown = Finding::UnknownName { word: "Tom".into() };
        let report = Report::from_findings(vec![
            Finding::Exclamations { count: 3 },
            unknown.clone(),
            Finding::NoThanks,
            arguing.clone(),
        ]);
        assert_eq!(
            report.findings,
            vec![
                arguing,
                unknown,
                Finding::NoThanks,
                Finding::Exclamations { count: 3 }
            ]
        );
    }

    /// The never-write list, phrase by phrase, as people write them.
    #[test]
    fn never_write_phrases_are_found() {
        let cases = [
            ("I was the strongest candidate by far.", Concern::Arguing),
            (
                "Just checking whether the new hire settled.",
                Concern::AboutTheHire,
            ),
            ("If he leaves, please call me.", Concern::AboutTheHire),
            (
                "In case it didn't work out with them.",
                Concern::AboutTheHire,
            ),
            ("I spent two weekends on the task.", Concern::Guilt),
            ("It gave up my weekends.", Concern::Guilt),
            ("I was a bit hurt.", Concern::Guilt),
            ("Please give it one more look.", Concern::Begging),
            ("I would do anything for this role.", Concern::Begging),
            ("I'd do anything.", Concern::Begging),
        ];
        for (text, concern) in cases {
            let hits = never_hits(&fold(text));
            assert!(
                hits.iter().any(|(_, c)| *c == concern),
                "{text:?}: {hits:?}"
            );
        }
        assert_eq!(never_hits(&fold("I hope the weekend went well.")), vec![]);
    }

    /// What the checker finds in `body` as a new email from Sam to `recipient`.
    fn findings_of(body: &str, answers: &Answers, recipient: &Recipient) -> Vec<Finding> {
        check(
            Some("Thank you – Sam Lee"),
            body,
            Channel::EmailNew,
            answers,
            recipient,
        )
        .findings
    }

    /// The user's own detail may mention advice or feedback; that is not
    /// an ask of the note's, so it is never "pressing".
    #[test]
    fn a_detail_about_advice_is_not_an_ask() {
        let (mut answers, mut recipient) = answers();
        recipient.detail = "your advice on portfolio reviews".into();
        answers.recipients = vec![recipient.clone()];
        let body = GOOD.replace(
            "our talk about the design system",
            "your advice on portfolio reviews",
        );
        assert_eq!(findings_of(&body, &answers, &recipient), vec![]);
        // The same words as the note's own ask are pressing.
        let pressing = body.replace(
            "Please keep me in mind",
            "I want your advice on portfolio reviews. Please keep me in mind",
        );
        recipient.detail = String::new();
        answers.recipients = vec![recipient.clone()];
        let findings = findings_of(&pressing, &answers, &recipient);
        assert!(
            findings.contains(&Finding::FeedbackPressing),
            "{findings:?}"
        );
    }

    /// A P.S. after the name, "PS" and acronyms are ordinary letter writing.
    #[test]
    fn a_postscript_and_acronyms_are_fine() {
        let (answers, recipient) = answers();
        let body = format!("{GOOD}\n\nPS The CEO and VP demo was great.");
        assert_eq!(findings_of(&body, &answers, &recipient), vec![]);
        let body = GOOD.replace("I'm still", "I'm  still");
        let messages: Vec<String> = findings_of(&body, &answers, &recipient)
            .iter()
            .map(Finding::message)
            .collect();
        assert_eq!(
            messages,
            ["There's a double space in the text; a quick tidy will make it look polished."]
        );
    }

    #[test]
    fn a_good_note_is_clean() {
        let (answers, recipient) = answers();
        let report = check(
            Some("Thank you – Sam Lee"),
            GOOD,
            Channel::EmailNew,
            &answers,
            &recipient,
        );
        assert_eq!(report.findings, vec![]);
        assert_eq!(report.score, 10.0);
    }

    #[test]
    fn lengths_and_limits() {
        let (mut answers, recipient) = answers();
        let long = format!("Hi Priya,\n{}\nSam Lee", "Thank you so much. ".repeat(14));
        let report = check(None, &long, Channel::LinkedInInvite, &answers, &recipient);
        assert!(
            report
                .findings
                .iter()
                .any(|f| matches!(f, Finding::OverLimit { limit: 200, .. }))
        );
        assert_eq!(report.cap, Some(Cap::Length));
        answers.style.linkedin_premium = true;
        let report = check(None, &long, Channel::LinkedInInvite, &answers, &recipient);
        assert!(
            !report
                .findings
                .iter()
                .any(|f| matches!(f, Finding::OverLimit { .. }))
        );
        let short = "Hi Priya,\n\nThanks. Keep me in mind.\n\nSam Lee";
        let report = check(
            Some("Thanks"),
            short,
            Channel::EmailNew,
            &answers,
            &recipient,
        );
        assert!(
            report
                .findings
                .iter()
                .any(|f| matches!(f, Finding::TooShort { count: 9, .. }))
        );
    }

    #[test]
    fn proper_noun_candidates() {
        let cases: &[(&str, &[&str])] = &[
            ("I met Tom at Acme. Then I left.", &["Tom", "Acme"]),
            ("Hi Priya, Thanks for it.", &["Priya"]),
            ("I'd love LinkedIn on Monday.", &[]),
            ("He said: Great. (Really) fine", &[]),
            ("the IBM team", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(proper_nouns(text), *want, "{text:?}");
        }
    }

    #[test]
    fn spelling_distance() {
        let cases = [
            ("acmee", "acme", true),
            ("stripe", "strike", true),
            ("google", "apple", false),
            ("designer", "desginer", true),
            ("acme", "acme", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(close_spelling(a, b), want, "{a} {b}");
        }
    }
}
